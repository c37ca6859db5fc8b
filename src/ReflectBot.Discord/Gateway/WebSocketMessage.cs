namespace ReflectBot.Discord.Gateway;

/// <summary>What one receive on a <see cref="WebSocketConnection"/> produced.</summary>
public enum WebSocketMessageKind
{
    /// <summary>A whole text message.</summary>
    Text,

    /// <summary>The peer sent a close frame; see the connection's close status.</summary>
    Closed,

    /// <summary>A message past the size cap; its bytes were discarded.</summary>
    TooLarge,

    /// <summary>A binary message, which a JSON-encoded connection never expects.</summary>
    Binary,
}

/// <summary>One received websocket message; <see cref="Payload"/> is set only for text.</summary>
public sealed record WebSocketMessage(WebSocketMessageKind Kind, ReadOnlyMemory<byte> Payload);

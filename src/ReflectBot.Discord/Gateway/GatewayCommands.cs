using System.Text.Json.Serialization;

namespace ReflectBot.Discord.Gateway;

/// <summary>A frame this client sends: an opcode and its data.</summary>
internal sealed record GatewayCommand<TData>(GatewayOpCode Op, TData D);

/// <summary>The d of op 2 Identify.</summary>
internal sealed record IdentifyData
{
    public required string Token { get; init; }

    public required int Intents { get; init; }

    public required IdentifyProperties Properties { get; init; }
}

/// <summary>The connection properties Discord asks for with Identify.</summary>
internal sealed record IdentifyProperties
{
    public required string Os { get; init; }

    public required string Browser { get; init; }

    public required string Device { get; init; }
}

/// <summary>The d of op 6 Resume.</summary>
internal sealed record ResumeData
{
    public required string Token { get; init; }

    public required string SessionId { get; init; }

    [JsonPropertyName("seq")]
    public required long? Sequence { get; init; }
}

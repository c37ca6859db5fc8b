using ReflectBot.LocalDiscord.State;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Dispatches that follow REST writes, sent only when the session asked for them by intent.</summary>
internal static class GatewayEvents
{
    private const int GuildMessagesIntent = 1 << 9;
    private const int DirectMessagesIntent = 1 << 12;

    public static void MessageWritten(ServerState state, StoredMessage message, ResolvedChannel channel, bool created)
    {
        if (message.Ephemeral || state.Sessions.Current is not { IsInvalidated: false } session)
        {
            return;
        }

        var intent = channel.IsDm ? DirectMessagesIntent : GuildMessagesIntent;
        if ((session.Intents & intent) != 0)
        {
            session.Dispatch(created ? "MESSAGE_CREATE" : "MESSAGE_UPDATE", message.Json.DeepClone());
        }
    }
}

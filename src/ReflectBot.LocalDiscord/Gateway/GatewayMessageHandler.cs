using System.Text.Json;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Gateway;

/// <summary>Applies the gateway's rules to one payload a client sent: authentication, heartbeats, resumes.</summary>
internal sealed class GatewayMessageHandler(GatewayConnection connection, ServerState state)
{
    public const int GuildsIntent = 1 << 0;

    public void Handle(string text)
    {
        JsonObject? payload;
        try
        {
            payload = StrictJson.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null || !TryGetInt(payload["op"], out var op))
        {
            connection.Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            return;
        }

        switch (op)
        {
            case GatewayOpcodes.Heartbeat:
                Heartbeat();
                break;
            case GatewayOpcodes.Identify:
                Identify(payload["d"] as JsonObject);
                break;
            case GatewayOpcodes.Resume:
                Resume(payload["d"] as JsonObject);
                break;
            case GatewayOpcodes.PresenceUpdate or GatewayOpcodes.VoiceStateUpdate
                or GatewayOpcodes.RequestGuildMembers or GatewayOpcodes.RequestSoundboardSounds:
                // Accepted and ignored: nothing here has presences, voice or member lists to stream.
                if (connection.Session is null)
                {
                    connection.Close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
                }

                break;
            default:
                connection.Close(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
                break;
        }
    }

    private void Heartbeat()
    {
        state.Sessions.HeartbeatReceived();
        connection.HeartbeatReceived();
        if (!state.Faults.HeartbeatAcksStopped)
        {
            connection.Send(GatewayFrames.Build(GatewayOpcodes.HeartbeatAck, null));
        }
    }

    private void Identify(JsonObject? data)
    {
        if (connection.Session is not null)
        {
            connection.Close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
            return;
        }

        if (data?["token"] is not JsonValue tokenValue || !tokenValue.TryGetValue<string>(out var token))
        {
            connection.Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            return;
        }

        if (!IsBotToken(token))
        {
            connection.Close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
            return;
        }

        if (!TryGetInt(data["intents"], out var intents) || intents < 0)
        {
            connection.Close(GatewayCloseCodes.InvalidIntents, "Invalid intent(s).");
            return;
        }

        if (data["shard"] is JsonArray shard
            && (shard.Count != 2 || !TryGetInt(shard[0], out var shardId) || !TryGetInt(shard[1], out var shardCount)
                || shardCount != 1 || shardId != 0))
        {
            // One guild needs one shard; anything else is refused like a bad shard on Discord.
            connection.Close(GatewayCloseCodes.InvalidShard, "Invalid shard.");
            return;
        }

        var session = state.Sessions.Identify(intents);
        connection.Session = session;
        session.Attach(connection);
        Log.Identified(state.Logger, session.Id);
        session.Dispatch("READY", GatewayPayloads.Ready(state, session));
        state.Sessions.ReadySent(session);
        if ((intents & GuildsIntent) != 0 && state.Membership.Presence == GuildPresence.Member)
        {
            session.Dispatch("GUILD_CREATE", WorldJson.Guild(state.World, state.StartedAt));
        }
    }

    private void Resume(JsonObject? data)
    {
        if (connection.Session is not null)
        {
            connection.Close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
            return;
        }

        if (data?["token"] is not JsonValue tokenValue || !tokenValue.TryGetValue<string>(out var token)
            || data["session_id"] is not JsonValue sessionValue || !sessionValue.TryGetValue<string>(out var sessionId))
        {
            connection.Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            return;
        }

        if (!IsBotToken(token))
        {
            connection.Close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
            return;
        }

        var sequence = TryGetInt(data["seq"], out var seq) ? seq : 0;
        var session = state.Sessions.Find(sessionId);
        if (session is null
            || !session.TryResume(connection, sequence, state.Time.GetUtcNow(), state.Options.ResumeWindow, out var previous))
        {
            state.Sessions.InvalidSessionSent();
            connection.Send(GatewayFrames.Build(GatewayOpcodes.InvalidSession, false));
            return;
        }

        connection.Session = session;
        if (previous is not null && !ReferenceEquals(previous, connection))
        {
            previous.Close(GatewayCloseCodes.UnknownError, "Session resumed elsewhere.");
        }

        Log.Resumed(state.Logger, session.Id, sequence);
        state.Sessions.ResumedSent(session);
    }

    private bool IsBotToken(string token)
    {
        // Libraries send the bare token on the gateway; some prefix it with "Bot ", which Discord tolerates.
        var bare = token.StartsWith("Bot ", StringComparison.Ordinal) ? token[4..] : token;
        return string.Equals(bare, state.Options.BotToken, StringComparison.Ordinal);
    }

    private static bool TryGetInt(JsonNode? node, out int value)
    {
        value = 0;
        return node is JsonValue json && json.GetValueKind() == JsonValueKind.Number && json.TryGetValue(out value);
    }
}

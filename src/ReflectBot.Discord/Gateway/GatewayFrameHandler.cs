using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReflectBot.Discord.Gateway;

/// <summary>Acts on each received frame of one connection: control opcodes here, dispatches into the channel.</summary>
internal sealed class GatewayFrameHandler(GatewayConnection connection, GatewayConnectionContext context, bool resume)
{
    private const string BotName = "reflectbot";

    private static readonly TimeSpan MaxHeartbeatInterval = TimeSpan.FromHours(1);

    private readonly GatewaySessionState _session = context.Session;
    private bool _helloSeen;

    public async Task HandleAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        var payload = GatewayPayloadParser.TryParse(frame, out var failure);
        if (payload is null)
        {
            GatewayLog.MalformedFrame(context.Logger, failure);
            return;
        }

        switch ((GatewayOpCode)payload.Op)
        {
            case GatewayOpCode.Dispatch:
                await HandleDispatchAsync(payload, cancellationToken);
                break;
            case GatewayOpCode.Heartbeat:
                if (!connection.IsClosing)
                {
                    await connection.SendHeartbeatAsync(cancellationToken);
                }

                break;
            case GatewayOpCode.HeartbeatAck:
                connection.AcknowledgeHeartbeat();
                break;
            case GatewayOpCode.Hello:
                await HandleHelloAsync(payload, cancellationToken);
                break;
            case GatewayOpCode.Reconnect:
                GatewayLog.ReconnectRequested(context.Logger);
                await connection.BeginCloseAsync(new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "op 7 reconnect"));
                break;
            case GatewayOpCode.InvalidSession:
                await HandleInvalidSessionAsync(payload);
                break;
            default:
                GatewayLog.UnknownOpcode(context.Logger, payload.Op);
                break;
        }
    }

    private async Task HandleHelloAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        if (_helloSeen)
        {
            return;
        }

        _helloSeen = true;
        var hello = TryDeserialize(payload.Data, GatewayJsonContext.Default.HelloData);
        if (hello is null || !(hello.HeartbeatInterval > 0) || hello.HeartbeatInterval > MaxHeartbeatInterval.TotalMilliseconds)
        {
            GatewayLog.MalformedFrame(context.Logger, "Hello without a usable heartbeat_interval");
            await connection.BeginCloseAsync(new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "unusable Hello"));
            return;
        }

        GatewayLog.Connected(context.Logger, hello.HeartbeatInterval);
        connection.StartHeartbeat(TimeSpan.FromMilliseconds(hello.HeartbeatInterval));

        if (resume && _session.ResumeTarget is { } target)
        {
            _session.CountResume();
            var resumeCommand = new GatewayCommand<ResumeData>(GatewayOpCode.Resume, new ResumeData
            {
                Token = context.ClientOptions.Token,
                SessionId = target.SessionId,
                Sequence = target.Sequence,
            });
            await connection.SendCommandAsync(resumeCommand, GatewayJsonContext.Default.GatewayCommandResumeData, cancellationToken);
            return;
        }

        // A new session numbers its dispatches from 1: any sequence kept from before would drop them as replays.
        _session.ClearSession();
        _session.CountIdentify();
        var identify = new GatewayCommand<IdentifyData>(GatewayOpCode.Identify, new IdentifyData
        {
            Token = context.ClientOptions.Token,
            Intents = (int)context.ClientOptions.Intents,
            Properties = new IdentifyProperties { Os = OperatingSystemName(), Browser = BotName, Device = BotName },
        });
        await connection.SendCommandAsync(identify, GatewayJsonContext.Default.GatewayCommandIdentifyData, cancellationToken);
    }

    private async Task HandleInvalidSessionAsync(GatewayPayload payload)
    {
        // Anything but a literal true is read as "may not resume": identifying afresh is always safe.
        var resumable = payload.Data.ValueKind == JsonValueKind.True;
        GatewayLog.InvalidSession(context.Logger, resumable);
        if (resumable)
        {
            await connection.BeginCloseAsync(new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "op 9 resumable"));
            return;
        }

        _session.ClearSession();
        var wait = TimeSpan.FromSeconds(1 + (4 * context.Random()));
        await connection.BeginCloseAsync(new GatewayConnectionOutcome(GatewayReconnectMode.Identify, "op 9 not resumable") { MinimumDelay = wait });
    }

    private async Task HandleDispatchAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Sequence is not { } sequence)
        {
            GatewayLog.MalformedFrame(context.Logger, "dispatch without a sequence");
            return;
        }

        if (!_session.IsNewSequence(sequence))
        {
            GatewayLog.DuplicateDispatch(context.Logger, sequence);
            return;
        }

        if (payload.EventName is not { } name || !GatewayPayloadParser.IsEventName(name)
            || payload.Data.ValueKind == JsonValueKind.Undefined)
        {
            // The sequence still counts: Discord sent it, and a Resume must not ask for it again.
            GatewayLog.MalformedFrame(context.Logger, "dispatch without a valid event name or data");
            _session.MarkDelivered(sequence);
            return;
        }

        if (name == "READY")
        {
            OnReady(payload.Data);
        }
        else if (name == "RESUMED")
        {
            GatewayLog.Resumed(context.Logger, _session.LastSequence);
            connection.MarkHealthy();
        }

        var dispatch = new GatewayDispatch(name, sequence, payload.Data);
        if (!context.Dispatches.TryWrite(dispatch))
        {
            connection.SetBackpressured(true);
            try
            {
                await context.Dispatches.WriteAsync(dispatch, cancellationToken);
            }
            finally
            {
                connection.SetBackpressured(false);
            }
        }

        _session.MarkDelivered(sequence);
    }

    private void OnReady(JsonElement data)
    {
        var ready = TryDeserialize(data, GatewayJsonContext.Default.ReadyData);
        if (ready is null || !Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
        {
            GatewayLog.MalformedFrame(context.Logger, "READY without a session id or resume address");
            return;
        }

        _session.StartSession(ready.SessionId, resumeUrl, ready.Application?.Id);
        GatewayLog.Identified(context.Logger, ready.Application?.Id);
        connection.MarkHealthy();
    }

    private static T? TryDeserialize<T>(JsonElement element, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return element.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string OperatingSystemName() => RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "windows"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "macos"
        : "linux";
}

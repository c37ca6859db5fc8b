using Microsoft.Extensions.Logging;
using ReflectBot.LocalDiscord.Gateway;
using ReflectBot.LocalDiscord.Rest;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord;

/// <summary>Everything the endpoints share: the options, the world and the thread-safe stores.</summary>
internal sealed class ServerState
{
    public ServerState(LocalDiscordOptions options, ILoggerFactory loggerFactory)
    {
        Options = options;
        Time = options.TimeProvider;
        World = new LocalWorld(options.ApplicationId, options.GeneratedMembers);
        Ids = new SnowflakeGenerator(Time);
        Sessions = new SessionRegistry(Time);
        Channels = new ChannelDirectory(World);
        Logger = loggerFactory.CreateLogger("ReflectBot.LocalDiscord");
        StartedAt = Time.GetUtcNow();
        Limits = new RateLimiter(options);
        Requests = new RequestLog(options.RequestLogCapacity);
        var botId = WorldJson.Id(World.BotUser.Id);
        Messages = new MessageStore(message =>
            message.Json["author"]?["id"]?.GetValue<string>() == botId && World.FindDmRecipient(message.ChannelId) is not null);
    }

    public LocalDiscordOptions Options { get; }
    public TimeProvider Time { get; }
    public LocalWorld World { get; }
    public SnowflakeGenerator Ids { get; }
    public SessionRegistry Sessions { get; }
    public FaultState Faults { get; } = new();

    /// <summary>Buckets, the global limit, and the count of requests sent into either while exhausted.</summary>
    public RateLimiter Limits { get; }
    /// <summary>Every message; the bot's DMs are tallied per channel for the fan-out checks.</summary>
    public MessageStore Messages { get; }
    public InteractionStore Interactions { get; } = new();
    public ChannelDirectory Channels { get; }
    /// <summary>The newest requests, up to <see cref="LocalDiscordOptions.RequestLogCapacity"/>.</summary>
    public RequestLog Requests { get; }
    public CommandStore Commands { get; } = new();
    public GuildMembership Membership { get; } = new();
    public ILogger Logger { get; }
    public DateTimeOffset StartedAt { get; }

    /// <summary>Set once Kestrel has bound its port.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");

    /// <summary>Set once Kestrel has bound its port.</summary>
    public Uri GatewayAddress { get; set; } = new("ws://127.0.0.1/gateway");
}

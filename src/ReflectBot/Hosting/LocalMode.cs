using System.Globalization;
using ReflectBot.LocalDiscord;
using ReflectBot.LocalDiscord.Clock;

namespace ReflectBot.Hosting;

/// <summary>
/// With no Discord token configured, the bot runs against the local Discord on loopback, through
/// the same client code it uses against the real one. Nothing leaves the machine.
/// </summary>
public static class LocalMode
{
    public const string PortKey = "LocalDiscord:Port";
    private const string TokenKey = "Discord:Token";
    private const string DatabaseKey = "Storage:DatabasePath";
    private const string LocalDatabaseKey = "LocalDiscord:DatabasePath";
    private const string GraceWindowKey = "Checkins:GraceWindow";

    /// <summary>Starts the local Discord and points the bot at it, unless a token is configured.</summary>
    public static async Task<LocalModeSession?> StartWhenNoTokenAsync(HostApplicationBuilder builder, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[TokenKey]))
        {
            return null;
        }

        // One clock for the bot and its local Discord: the playground's "advance the clock" moves both.
        var clock = new AdjustableClock();
        var options = new LocalDiscordOptions { Port = builder.Configuration.GetValue(PortKey, 0), TimeProvider = clock };
        // The local Discord speaks up only when something is wrong; the bot's own log tells the story.
        var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        var server = await LocalDiscordServer.StartAsync(options, loggerFactory, cancellationToken);

        var settings = new Dictionary<string, string?>
        {
            [TokenKey] = server.BotToken,
            ["Discord:ApiBaseAddress"] = server.ApiBaseAddress.ToString(),
        };

        // The playground's "advance the clock a day" lands up to a day past a check-in's time: send it then, not skip it.
        if (string.IsNullOrEmpty(builder.Configuration[GraceWindowKey]))
        {
            settings[GraceWindowKey] = TimeSpan.FromDays(1).ToString("c", CultureInfo.InvariantCulture);
        }

        // Local play never mixes with a real bot's data, whatever Storage:DatabasePath says.
        settings[DatabaseKey] = builder.Configuration[LocalDatabaseKey] is { Length: > 0 } localPath
            ? localPath
            : Path.Combine("data", "reflectbot-local.db");

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(new LocalModeEndpoint(server.BaseAddress, server.ControlAddress));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddHostedService<LocalModeAnnouncer>();
        builder.Services.AddHostedService<LocalClockWatcher>();
        return new LocalModeSession(server, loggerFactory);
    }
}

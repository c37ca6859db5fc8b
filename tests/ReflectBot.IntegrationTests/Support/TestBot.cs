using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReflectBot.Hosting;
using ReflectBot.LocalDiscord;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>
/// The real bot host connected to a local Discord over real sockets, with its own temp database.
/// Each test gets a fresh pair; nothing is shared between tests. Each also takes a turn at the machine: `dotnet test`
/// runs the test assemblies side by side, and these deadlines, like the fault suite's, are not for sharing two cores.
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly HttpClient _controlHttp;
    private readonly Action<HostApplicationBuilder>? _configureHost;
    private readonly string _dataFolder;
    private readonly MachineTurn _turn;

    private TestBot(MachineTurn turn, LocalDiscordServer discord, Action<HostApplicationBuilder>? configureHost)
    {
        _turn = turn;
        Discord = discord;
        _configureHost = configureHost;
        _controlHttp = new HttpClient { BaseAddress = discord.ControlAddress, Timeout = TimeSpan.FromSeconds(60) };
        Control = new LocalDiscordControlClient(_controlHttp);
        _dataFolder = Directory.CreateTempSubdirectory("reflectbot-it-").FullName;
    }

    public LocalDiscordServer Discord { get; }

    public LocalDiscordControlClient Control { get; }

    public CapturingLoggerProvider Logs { get; private set; } = new();

    public IHost? Host { get; private set; }

    public string DatabasePath => Path.Combine(_dataFolder, "reflectbot.db");

    /// <summary>Starts a local Discord, then the bot against it, and waits for READY.</summary>
    public static async Task<TestBot> StartAsync(
        Action<LocalDiscordOptions>? configureDiscord = null,
        Action<HostApplicationBuilder>? configureHost = null,
        Dictionary<string, string?>? settings = null)
    {
        var bot = await CreateAsync(configureDiscord, configureHost);
        try
        {
            await bot.StartHostAsync(settings);
            await bot.Control.WaitForGatewayAsync("ready", 1, Patience, CancellationToken.None);
            return bot;
        }
        catch
        {
            // The caller never gets the bot to dispose: release its server, host and turn here.
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts only the local Discord; the test starts the host when it is ready to.</summary>
    public static async Task<TestBot> CreateAsync(Action<LocalDiscordOptions>? configureDiscord = null, Action<HostApplicationBuilder>? configureHost = null)
    {
        // Fast heartbeats keep gateway tests short; the generous grace keeps a busy two-core machine
        // from having its session closed for one late beat.
        var options = new LocalDiscordOptions
        {
            HeartbeatInterval = TimeSpan.FromMilliseconds(500),
            HeartbeatGrace = TimeSpan.FromSeconds(10),
        };
        configureDiscord?.Invoke(options);
        var turn = await MachineTurn.TakeAsync(TimeSpan.FromMinutes(10), CancellationToken.None);
        try
        {
            var discord = await LocalDiscordServer.StartAsync(options, null, CancellationToken.None);
            return new TestBot(turn, discord, configureHost);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    public HostApplicationBuilder CreateHostBuilder(Dictionary<string, string?>? settings = null)
    {
        // The content root is the test's own folder, so a developer's appsettings.json or secrets never leak in.
        var builder = ReflectBotHost.CreateBuilder([], new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = _dataFolder,
        }, userSecrets: false);
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Discord.BotToken,
            ["Discord:ApiBaseAddress"] = Discord.ApiBaseAddress.ToString(),
            ["Storage:DatabasePath"] = DatabasePath,
            ["Content:PromptsPath"] = RepositoryPaths.Prompts,
        };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        Logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(Logs);
        builder.AddApplicationServices();
        _configureHost?.Invoke(builder);
        return builder;
    }

    public async Task StartHostAsync(Dictionary<string, string?>? settings = null)
    {
        var host = CreateHostBuilder(settings).Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            // A host that failed to start cannot be stopped; it only needs disposing.
            host.Dispose();
            throw;
        }

        Host = host;
    }

    public async Task StopHostAsync()
    {
        if (Host is { } host)
        {
            using var timeout = new CancellationTokenSource(Patience);
            await host.StopAsync(timeout.Token);
            host.Dispose();
            Host = null;
        }
    }

    /// <summary>
    /// Moves a fake clock and makes the scheduler look again. Without the wake, a jump that lands
    /// after the scheduler worked out its sleep but before it started it would leave it asleep.
    /// </summary>
    public void SetClockAndWakeScheduler(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, DateTimeOffset to)
    {
        clock.SetUtcNow(to);
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ReflectBot.Scheduling.SchedulerSignal>(Host!.Services).Wake();
    }

    /// <summary>Injects a slash command as <paramref name="userId"/> in <paramref name="channelId"/> (null: the user's DM).</summary>
    public Task<InjectedInteraction> RunCommandAsync(string name, ulong userId, ulong? channelId, JsonArray? options = null)
    {
        var data = new JsonObject { ["name"] = name, ["type"] = 1 };
        if (options is not null)
        {
            data["options"] = options;
        }

        return Control.InjectInteractionAsync(
            new InjectInteractionRequest { Type = 2, UserId = userId, ChannelId = channelId, Data = data },
            CancellationToken.None);
    }

    public Task<InteractionState> WaitForAnswerAsync(InjectedInteraction interaction)
        => Control.WaitForInitialResponseAsync(interaction.Id, Patience, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopHostAsync();
            await Discord.DisposeAsync();
            _controlHttp.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            DeleteDataFolder();
        }
        finally
        {
            // Whatever failed above, the next test (or suite) must get its turn.
            _turn.Dispose();
        }
    }

    private void DeleteDataFolder()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test that already passed.
        }
    }
}

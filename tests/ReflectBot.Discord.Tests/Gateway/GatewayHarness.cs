using Microsoft.Extensions.Options;
using Moq;
using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord.Tests.Gateway;

/// <summary>A gateway client wired to a scripted server and fake time, running in the background.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "Bot-secret-token-for-tests";
    public const int HeartbeatIntervalMs = 45_000;
    public const double Jitter = 0.5;

    public static readonly TimeSpan FirstHeartbeat = TimeSpan.FromMilliseconds(HeartbeatIntervalMs * Jitter);
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(HeartbeatIntervalMs);

    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(ScriptedGatewayServer server, DiscordClientOptions options, GatewayOptions gatewayOptions)
    {
        Server = server;
        UrlProvider.Setup(p => p.GetGatewayUrlAsync(It.IsAny<CancellationToken>())).ReturnsAsync(server.GatewayUrl);
        Client = new GatewayClient(Options.Create(options), Options.Create(gatewayOptions), UrlProvider.Object, Time, Logger)
        {
            Random = () => Jitter,
        };
    }

    public ScriptedGatewayServer Server { get; }

    public ObservableTimeProvider Time { get; } = new();

    public Mock<IGatewayUrlProvider> UrlProvider { get; } = new();

    public CapturingLogger<GatewayClient> Logger { get; } = new();

    public GatewayClient Client { get; }

    /// <summary>The running RunAsync.</summary>
    public Task Run { get; private set; } = Task.CompletedTask;

    public static async Task<GatewayHarness> StartAsync(
        Action<DiscordClientOptions>? configure = null,
        Action<GatewayOptions>? configureGateway = null,
        Action<Mock<IGatewayUrlProvider>, Uri>? configureUrlProvider = null)
    {
        var options = new DiscordClientOptions { Token = Token, Intents = GatewayIntents.Guilds | GatewayIntents.DirectMessages };
        configure?.Invoke(options);
        var gatewayOptions = new GatewayOptions();
        configureGateway?.Invoke(gatewayOptions);

        var harness = new GatewayHarness(await ScriptedGatewayServer.StartAsync(), options, gatewayOptions);
        configureUrlProvider?.Invoke(harness.UrlProvider, harness.Server.GatewayUrl);
        harness.Run = Task.Run(() => harness.Client.RunAsync(harness._stop.Token));
        return harness;
    }

    /// <summary>Accepts the first connection, says Hello, expects Identify and answers READY (sequence 1).</summary>
    public async Task<ScriptedGatewayConnection> ConnectIdentifiedAsync(string sessionId = "session-1")
    {
        var connection = await Server.NextConnectionAsync();
        await connection.SendHelloAsync(HeartbeatIntervalMs);
        var identify = await connection.ReceiveOpAsync(2);
        Assert.Equal(Token, identify.GetProperty("d").GetProperty("token").GetString());
        await connection.SendReadyAsync(1, sessionId, Server.ResumeUrl);
        var ready = await ReadDispatchAsync();
        Assert.Equal("READY", ready.EventName);
        return connection;
    }

    public async Task<GatewayDispatch> ReadDispatchAsync()
        => await Client.Dispatches.ReadAsync().AsTask().WaitAsync(TestTimeouts.Wait);

    /// <summary>Cancels RunAsync as the host's shutdown would, and waits for it to return.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TestTimeouts.Wait);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TestTimeouts.Wait);
        }
        catch (Exception)
        {
            // The test already judged how RunAsync ended.
        }

        await Server.DisposeAsync();
        _stop.Dispose();
    }
}

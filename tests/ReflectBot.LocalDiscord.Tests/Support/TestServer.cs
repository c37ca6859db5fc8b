using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.LocalDiscord.Tests.Support;

/// <summary>A server on a free port with a control client and a bot-authorised API client.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private TestServer(LocalDiscordServer server)
    {
        Server = server;
        ControlHttp = new HttpClient { BaseAddress = server.ControlAddress, Timeout = TimeSpan.FromSeconds(30) };
        Control = new LocalDiscordControlClient(ControlHttp);
        Api = new HttpClient { BaseAddress = server.ApiBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Api.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + server.BotToken);
        Anonymous = new HttpClient { BaseAddress = server.ApiBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public LocalDiscordServer Server { get; }
    public HttpClient ControlHttp { get; }
    public LocalDiscordControlClient Control { get; }
    public HttpClient Api { get; }
    public HttpClient Anonymous { get; }

    public static CancellationToken Timeout => new CancellationTokenSource(Patience).Token;

    public static async Task<TestServer> StartAsync(Action<LocalDiscordOptions>? configure = null)
    {
        var options = new LocalDiscordOptions();
        configure?.Invoke(options);
        return new TestServer(await LocalDiscordServer.StartAsync(options, null, Timeout));
    }

    /// <summary>Connects, identifies with GUILDS and reads READY and GUILD_CREATE.</summary>
    public async Task<GatewayTestClient> ConnectBotAsync()
    {
        var client = await GatewayTestClient.ConnectAsync(Server.GatewayAddress);
        await client.ReceiveAsync();
        await client.IdentifyAsync(Server.BotToken);
        await client.ReceiveDispatchAsync("READY");
        await client.ReceiveDispatchAsync("GUILD_CREATE");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        ControlHttp.Dispose();
        Api.Dispose();
        Anonymous.Dispose();
        await Server.DisposeAsync();
    }
}

using ReflectBot.LocalDiscord;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.Workloads.Discord;

/// <summary>A local Discord on a free loopback port with a control client, for one workload run.</summary>
public sealed class LocalDiscordRun : IAsyncDisposable
{
    private readonly HttpClient _http;

    private LocalDiscordRun(LocalDiscordServer server)
    {
        Server = server;
        // Long-polls are bounded by their own timeoutMs; the client itself never gives up first.
        _http = new HttpClient { BaseAddress = server.ControlAddress, Timeout = Timeout.InfiniteTimeSpan };
        Control = new LocalDiscordControlClient(_http);
    }

    public LocalDiscordServer Server { get; }

    public LocalDiscordControlClient Control { get; }

    public static async Task<LocalDiscordRun> StartAsync(LocalDiscordOptions options, CancellationToken cancellationToken) =>
        new(await LocalDiscordServer.StartAsync(options, null, cancellationToken));

    /// <summary>Waits until the bot's session has its <paramref name="count"/>th READY.</summary>
    public Task WaitForReadyAsync(int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        Control.WaitForGatewayAsync("ready", count, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}

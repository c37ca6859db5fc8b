namespace ReflectBot.Hosting;

/// <summary>Says once, at start, that the bot is in local mode and where the local Discord listens.</summary>
public sealed partial class LocalModeAnnouncer(LocalModeEndpoint endpoint, ILogger<LocalModeAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLocalMode(endpoint.BaseAddress, endpoint.ControlAddress);
        LogPlayground(endpoint.BaseAddress);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Local mode: no Discord token is configured, so the bot is connected to the local Discord at {BaseAddress} (control API {ControlAddress}; see docs/local-discord.md)")]
    private partial void LogLocalMode(Uri baseAddress, Uri controlAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Playground: open {Address} in a browser to use the bot as a few pretend people, with no Discord account")]
    private partial void LogPlayground(Uri address);
}

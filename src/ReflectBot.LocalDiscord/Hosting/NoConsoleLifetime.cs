using Microsoft.Extensions.Hosting;

namespace ReflectBot.LocalDiscord.Hosting;

/// <summary>
/// The embedded server must not take over Ctrl+C or the console: it lives inside a test run or the bot's own host.
/// </summary>
internal sealed class NoConsoleLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using ReflectBot.LocalDiscord;

namespace ReflectBot.Hosting;

/// <summary>The in-process local Discord and its logging, stopped together when the bot exits.</summary>
public sealed class LocalModeSession(LocalDiscordServer server, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    public LocalDiscordServer Server { get; } = server;

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        loggerFactory.Dispose();
    }
}

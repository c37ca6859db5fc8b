using ReflectBot.LocalDiscord;

namespace ReflectBot.Hosting;

/// <summary>The in-process local Discord and its logging, stopped together when the bot exits.</summary>
public sealed class LocalModeSession(LocalDiscordServer server, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        loggerFactory.Dispose();
    }
}

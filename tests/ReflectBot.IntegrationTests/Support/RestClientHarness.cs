using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReflectBot.Discord;
using ReflectBot.Discord.Rest;
using ReflectBot.LocalDiscord;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Our REST client, built as the host builds it, pointed at a local Discord.</summary>
public sealed class RestClientHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public RestClientHarness(LocalDiscordServer discord)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DiscordClientOptions>().Configure(o =>
        {
            o.Token = discord.BotToken;
            o.ApiBaseAddress = discord.ApiBaseAddress;
        });
        services.AddDiscordRest();
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<DiscordRestClient>();
    }

    public DiscordRestClient Client { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

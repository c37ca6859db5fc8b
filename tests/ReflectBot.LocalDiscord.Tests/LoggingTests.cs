using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task No_log_line_carries_the_bot_token_an_interaction_token_or_message_content()
    {
        var provider = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(provider));
        var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { BotToken = "secret-bot-token-123" }, loggerFactory, TestServer.Timeout);
        using var control = new HttpClient { BaseAddress = server.ControlAddress };
        using var anonymous = new HttpClient { BaseAddress = server.ApiBaseAddress };
        InjectedInteraction injected;
        await using (var bot = await GatewayTestClient.ConnectAsync(server.GatewayAddress))
        {
            await bot.ReceiveAsync();
            await bot.IdentifyAsync(server.BotToken);
            await bot.ReceiveDispatchAsync("READY");
            await bot.ReceiveDispatchAsync("GUILD_CREATE");
            injected = await new LocalDiscordControlClient(control).InjectInteractionAsync(new InjectInteractionRequest
            {
                Type = 2,
                UserId = server.World.Member.Id,
                ChannelId = server.World.General.Id,
                Data = new JsonObject { ["name"] = "reflect" },
            }, TestServer.Timeout);
            await anonymous.CallAsync("POST", $"interactions/{injected.Id.Text()}/{injected.Token}/callback", "{\"type\":4,\"data\":{\"content\":\"very private words\"}}");
            await anonymous.CallAsync("POST", $"webhooks/{server.World.ApplicationId.Text()}/{injected.Token}", "{\"content\":\"more private words\"}");
        }

        await server.DisposeAsync();

        Assert.NotEmpty(provider.Lines);
        Assert.DoesNotContain(provider.Lines, line => line.Contains("secret-bot-token-123", StringComparison.Ordinal));
        Assert.DoesNotContain(provider.Lines, line => line.Contains(injected.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(provider.Lines, line => line.Contains("private words", StringComparison.Ordinal));
    }
}

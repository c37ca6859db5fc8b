using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>The bot token never reaches a log line or an exception.</summary>
public sealed class TokenSafetyTests
{
    private const string Token = "MTk4NjIyNDgzNDcxOTI1MjQ4.Gx1yZk.secret-test-token-do-not-log";

    [Fact]
    public async Task Token_never_appears_in_the_logs_of_a_whole_session()
    {
        await using var bot = await TestBot.StartAsync(configureDiscord: o => o.BotToken = Token);
        var about = await bot.RunCommandAsync("about", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await bot.WaitForAnswerAsync(about);
        await bot.Control.DropSocketAsync(CancellationToken.None);
        await bot.Control.WaitForGatewayAsync("resumed", 1, TestBot.Patience, CancellationToken.None);
        await bot.Control.CloseSocketAsync(4004, "Authentication failed.", CancellationToken.None);
        await WaitForStopAsync(bot);

        AssertNoToken(bot.Logs);
    }

    [Fact]
    public async Task A_rejected_token_stops_the_host_with_a_clear_message_that_does_not_repeat_it()
    {
        await using var bot = await TestBot.CreateAsync(configureDiscord: o => o.BotToken = "the-right-token");
        await bot.StartHostAsync(new() { ["Discord:Token"] = Token });
        await WaitForStopAsync(bot);

        Assert.Contains(bot.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical
            && e.Message.Contains("token", StringComparison.OrdinalIgnoreCase));
        AssertNoToken(bot.Logs);
    }

    private static async Task WaitForStopAsync(TestBot bot)
    {
        var lifetime = bot.Host!.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        await stopping.Task.WaitAsync(TestBot.Patience);
    }

    private static void AssertNoToken(CapturingLoggerProvider logs)
    {
        Assert.NotEmpty(logs.Entries);
        foreach (var entry in logs.Entries)
        {
            Assert.DoesNotContain(Token, entry.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("secret-test-token", entry.ToString(), StringComparison.Ordinal);
        }
    }
}

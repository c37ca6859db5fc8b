using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests;

/// <summary>Neither the token, nor the encryption key, nor what someone wrote reaches a log line a server keeps.</summary>
public sealed class SessionLogSafetyTests
{
    private const string Token = "MTk4NjIyNDgzNDcxOTI1MjQ4.Gx1yZk.whole-session-token-never-logged";
    private const string Reflection = "Told Sam about the panic on the train; zebra-quince-walnut was our code word.";

    private static readonly string EncryptionKey = Convert.ToBase64String([.. Enumerable.Range(0, 32).Select(i => (byte)(i * 37 + 11))]);

    [Fact]
    public async Task A_whole_session_logs_neither_the_token_nor_the_key_nor_the_reflection()
    {
        using var prompts = new CardTestPrompts();
        var settings = prompts.Settings;
        settings["Storage:EncryptionKey"] = EncryptionKey;
        await using var bot = await TestBot.StartAsync(configureDiscord: o => o.BotToken = Token, settings: settings);
        var world = bot.Discord.World;
        var ada = world.Member;

        var quiz = new QuizDriver(bot, ada.Id, world.General.Id);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(n => n % 2 == 0 ? "Strongly agree" : "Strongly disagree");
        Assert.Contains("Share to channel", quiz.Labels());

        var checkin = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await checkin.StartAsync("20:00", "Europe/Berlin");
        var message = await checkin.LatestCheckinAsync();
        await checkin.ClickAsync(message, "3 · ");
        var form = await checkin.ClickAsync(message, "Write a reflection");
        var saved = await checkin.SubmitReflectionAsync(form.InitialResponse!.Data!["custom_id"]!.GetValue<string>(), Reflection);
        Assert.Contains("Saved your reflection", CheckinDriver.Content(saved), StringComparison.Ordinal);
        var journal = await checkin.RunAsync("journal");
        Assert.Contains("zebra", journal.InitialResponse!.Data!.ToJsonString(), StringComparison.Ordinal);

        var grounding = new GroundingDriver(bot, ada.Id, world.General.Id);
        await grounding.StartAsync("hand-on-heart");
        await grounding.ClickAsync("Skip rating");
        await grounding.ClickAsync("Stop");

        var share = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["name"] = "share",
            ["options"] = new JsonArray(
                new JsonObject { ["type"] = 3, ["name"] = "topic", ["value"] = CardTestPrompts.Plain },
                new JsonObject { ["type"] = 7, ["name"] = "channel", ["value"] = world.General.Id.ToString(CultureInfo.InvariantCulture) }),
        });
        await bot.WaitForAnswerAsync(await bot.RunCommandAsync("card", world.Moderator.Id, world.General.Id, share));
        var post = (await bot.Control.GetChannelMessagesAsync(world.General.Id, CancellationToken.None)).Single(m => m.InteractionId is null);
        await bot.WaitForAnswerAsync(await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = ada.Id,
            ChannelId = world.General.Id,
            MessageId = ulong.Parse(post.Message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            Data = new JsonObject { ["custom_id"] = "card:more:" + CardTestPrompts.Plain, ["component_type"] = 2 },
        }, CancellationToken.None));
        await bot.StopHostAsync();

        var kept = bot.Logs.Entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.ToString()).ToList();
        Assert.True(kept.Count > 10, "the session should have logged something to search");
        Assert.All(kept, line =>
        {
            Assert.DoesNotContain(Token, line, StringComparison.Ordinal);
            Assert.DoesNotContain("whole-session-token", line, StringComparison.Ordinal);
            Assert.DoesNotContain(EncryptionKey, line, StringComparison.Ordinal);
            Assert.DoesNotContain("zebra-quince-walnut", line, StringComparison.Ordinal);
            Assert.DoesNotContain("panic on the train", line, StringComparison.Ordinal);
        });
    }
}

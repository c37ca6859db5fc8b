using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Checkins;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.Interactions;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests;

/// <summary>One person going too fast is slowed down kindly, without reaching any feature.</summary>
public sealed class UserLimitTests
{
    private const int Ephemeral = 64;

    [Fact]
    public async Task The_21st_command_in_a_minute_is_refused_kindly_and_runs_nothing_until_the_minute_has_passed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var counting = new CountingCommand();
        await using var bot = await TestBot.StartAsync(configureHost: host =>
        {
            host.Services.AddSingleton<TimeProvider>(clock);
            host.Services.AddSingleton<ISlashCommand>(counting);
        });
        var member = bot.Discord.World.Member.Id;
        var channel = bot.Discord.World.General.Id;

        for (var i = 0; i < 20; i++)
        {
            var run = await bot.RunCommandAsync("counting", member, channel);
            Assert.Equal("Counted.", (await bot.WaitForAnswerAsync(run)).InitialResponse!.Data!["content"]!.GetValue<string>());
        }

        var tooMany = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("counting", member, channel));

        Assert.Equal(20, counting.Runs);
        Assert.Equal(4, tooMany.InitialResponse!.Type);
        var data = tooMany.InitialResponse.Data!;
        Assert.Equal(Ephemeral, data["flags"]!.GetValue<int>() & Ephemeral);
        var retryAt = (clock.GetUtcNow() + TimeSpan.FromMinutes(1)).ToUnixTimeSeconds();
        Assert.Matches($"nothing was changed.*<t:({retryAt}|{retryAt + 1}):R>", data["content"]!.GetValue<string>());

        var someoneElse = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("counting", bot.Discord.World.Moderator.Id, channel));
        Assert.Equal("Counted.", someoneElse.InitialResponse!.Data!["content"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromMinutes(1));
        var later = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("counting", member, channel));

        Assert.Equal("Counted.", later.InitialResponse!.Data!["content"]!.GetValue<string>());
        Assert.Equal(22, counting.Runs);
    }

    [Fact]
    public async Task Typing_faster_than_the_suggestion_budget_gets_an_empty_list()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(
            configureHost: host => host.Services.AddSingleton<TimeProvider>(clock),
            settings: new() { ["UserLimits:SuggestionsPerMinute"] = "1" });

        var first = await bot.WaitForAnswerAsync(await TypeTopicAsync(bot, ""));
        var second = await bot.WaitForAnswerAsync(await TypeTopicAsync(bot, ""));

        Assert.NotEmpty(first.InitialResponse!.Data!["choices"]!.AsArray());
        Assert.Equal(8, second.InitialResponse!.Type);
        Assert.Empty(second.InitialResponse.Data!["choices"]!.AsArray());
    }

    [Fact]
    public async Task Clicking_faster_than_the_click_budget_is_refused_kindly()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(
            configureHost: host => host.Services.AddSingleton<TimeProvider>(clock),
            settings: new() { ["UserLimits:ClicksPerMinute"] = "1" });

        var about = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("about", bot.Discord.World.Member.Id, bot.Discord.World.General.Id));
        var messageId = ulong.Parse(about.OriginalMessage!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var first = await bot.WaitForAnswerAsync(await ClickAsync(bot, messageId, "x"));
        var second = await bot.WaitForAnswerAsync(await ClickAsync(bot, messageId, "x"));

        Assert.Contains("Nothing was changed", first.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("faster than I can keep up", second.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_written_reflection_is_saved_even_when_the_click_budget_is_spent()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero));
        await using var bot = await TestBot.StartAsync(
            configureHost: host => host.Services.AddSingleton<TimeProvider>(clock),
            settings: new() { ["UserLimits:ClicksPerMinute"] = "1" });
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("08:00", "UTC");
        var checkin = await driver.LatestCheckinAsync();
        var form = await driver.ClickAsync(checkin, "Write a reflection");
        var refused = await driver.ClickAsync(checkin, "4 · ");
        Assert.Contains("faster than I can keep up", CheckinDriver.Content(refused), StringComparison.Ordinal);

        var saved = await driver.SubmitReflectionAsync(form.InitialResponse!.Data!["custom_id"]!.GetValue<string>(), "words worth keeping");

        Assert.Contains("Saved your reflection", CheckinDriver.Content(saved), StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var entries = await bot.Host!.Services.GetRequiredService<CheckinRepository>().GetEntriesAsync(ada.Id, today, today, CancellationToken.None);
        Assert.Contains(entries, entry => entry.Text == "words worth keeping");
    }

    private static Task<InjectedInteraction> TypeTopicAsync(TestBot bot, string typed)
        => bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 4,
            UserId = bot.Discord.World.Member.Id,
            ChannelId = bot.Discord.World.General.Id,
            Data = new JsonObject
            {
                ["name"] = "ground",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "exercise", ["type"] = 3, ["value"] = typed, ["focused"] = true }),
            },
        }, CancellationToken.None);

    private static Task<InjectedInteraction> ClickAsync(TestBot bot, ulong messageId, string customId)
        => bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = bot.Discord.World.Member.Id,
            ChannelId = bot.Discord.World.General.Id,
            MessageId = messageId,
            Data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
        }, CancellationToken.None);
}

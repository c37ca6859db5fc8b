using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReflectBot.Data.Checkins;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>/checkin, the check-in DM's buttons and form, and /journal, through the local Discord.</summary>
public sealed class CheckinTests
{
    [Fact]
    public async Task Start_sends_a_first_dm_at_once_and_answers_privately_with_the_next_time_in_the_users_zone()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);

        var answer = await driver.StartAsync("09:00", "Europe/Berlin", bot.Discord.World.General.Id);

        Assert.Equal(64, answer.InitialResponse!.Data!["flags"]!.GetValue<int>() & 64);
        var text = CheckinDriver.Content(answer);
        Assert.Contains("09:00 in Europe/Berlin", text, StringComparison.Ordinal);
        Assert.Matches(@"<t:\d+:R>", text);
        var dms = await driver.DirectMessagesAsync();
        var first = Assert.Single(dms).Message;
        Assert.StartsWith("Your check-in for ", first["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(CheckinDriver.ButtonId(first, "3 · okay"));
        Assert.NotNull(CheckinDriver.ButtonId(first, "Write a reflection"));
        Assert.NotNull(CheckinDriver.ButtonId(first, "Skip today"));
        Assert.NotNull(CheckinDriver.ButtonId(first, "Try a grounding exercise"));
    }

    [Theory]
    [InlineData("25:00", "Europe/Berlin", "HH:MM")]
    [InlineData("9", "Europe/Berlin", "HH:MM")]
    [InlineData("09:00", "Mars/Olympus_Mons", "don't know that time zone")]
    [InlineData("09:00", "", "don't know that time zone")]
    public async Task Start_with_a_bad_time_or_zone_explains_kindly_and_stores_nothing(string time, string zone, string expected)
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);

        var answer = await driver.StartAsync(time, zone);

        Assert.Contains(expected, CheckinDriver.Content(answer), StringComparison.Ordinal);
        Assert.Empty(await driver.DirectMessagesAsync());
        Assert.Null(await Repository(bot).GetAsync(ada.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Start_when_dms_are_closed_says_how_to_open_them_and_does_not_turn_checkins_on()
    {
        await using var bot = await TestBot.StartAsync();
        var noor = bot.Discord.World.MemberWithClosedDms;
        var driver = new CheckinDriver(bot, noor.Id, noor.DmChannelId);

        var answer = await driver.StartAsync("08:30", "America/New_York", bot.Discord.World.General.Id);

        Assert.Contains("couldn't send you a DM", CheckinDriver.Content(answer), StringComparison.Ordinal);
        var stored = await Repository(bot).GetAsync(noor.Id, CancellationToken.None);
        Assert.True(stored is null || stored.Status != CheckinStatus.Active);
    }

    [Fact]
    public async Task A_mood_click_and_a_written_reflection_are_stored_for_the_checkins_day_and_shown_by_journal()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("21:00", "Australia/Sydney");
        var checkin = await driver.LatestCheckinAsync();

        var mood = await driver.ClickAsync(checkin, "4 · good");
        var form = await driver.ClickAsync(checkin, "Write a reflection");
        var modalId = form.InitialResponse!.Data!["custom_id"]!.GetValue<string>();
        var saved = await driver.SubmitReflectionAsync(modalId, "Called my sister after a hard day. @everyone **felt** steadier.");
        var journal = await driver.RunAsync("journal");

        Assert.Contains("Saved your mood", CheckinDriver.Content(mood), StringComparison.Ordinal);
        Assert.Equal(9, form.InitialResponse.Type);
        Assert.Contains("Saved your reflection", CheckinDriver.Content(saved), StringComparison.Ordinal);
        var shown = journal.InitialResponse!.Data!["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.Contains("mood 4 (good)", shown, StringComparison.Ordinal);
        Assert.Contains("Called my sister after a hard day", shown, StringComparison.Ordinal);
        Assert.Contains("\\@everyone \\*\\*felt\\*\\*", shown, StringComparison.Ordinal);
        var entries = await Repository(bot).GetEntriesAsync(ada.Id, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(entries[0].LocalDate, e.LocalDate));
    }

    [Fact]
    public async Task A_second_mood_click_replaces_the_first()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("07:15", "Europe/London");
        var checkin = await driver.LatestCheckinAsync();

        await driver.ClickAsync(checkin, "2 · low");
        var second = await driver.ClickAsync(checkin, "5 · great");

        Assert.Contains("5 · great", CheckinDriver.Content(second), StringComparison.Ordinal);
        var entries = await Repository(bot).GetEntriesAsync(ada.Id, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None);
        Assert.Equal(5, Assert.Single(entries).Mood);
    }

    [Fact]
    public async Task A_reflection_over_the_limit_is_refused_and_handed_back_so_nothing_is_lost()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("10:00", "Europe/Berlin");
        var checkin = await driver.LatestCheckinAsync();
        var form = await driver.ClickAsync(checkin, "Write a reflection");

        var refused = await driver.SubmitReflectionAsync(form.InitialResponse!.Data!["custom_id"]!.GetValue<string>(), new string('x', 4001));

        Assert.Contains("longer than 4000 characters", CheckinDriver.Content(refused), StringComparison.Ordinal);
        Assert.NotNull(refused.OriginalMessage!["attachments"]![0]);
        Assert.Empty(await Repository(bot).GetEntriesAsync(ada.Id, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(400)]
    public async Task Pause_outside_one_to_thirty_days_is_refused_and_changes_nothing(int days)
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("10:00", "Europe/Berlin");

        var answer = await driver.RunAsync("checkin", "pause", new JsonArray(new JsonObject { ["type"] = 4, ["name"] = "days", ["value"] = days }));

        Assert.Contains("from 1 to 30 days", CheckinDriver.Content(answer), StringComparison.Ordinal);
        Assert.Equal(CheckinStatus.Active, (await Repository(bot).GetAsync(ada.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Pause_then_resume_moves_the_next_checkin_and_status_reports_it()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("10:00", "Europe/Berlin");
        var before = (await Repository(bot).GetAsync(ada.Id, CancellationToken.None))!.NextDueAt!.Value;

        var paused = await driver.RunAsync("checkin", "pause", new JsonArray(new JsonObject { ["type"] = 4, ["name"] = "days", ["value"] = 5 }));
        var whilePaused = (await Repository(bot).GetAsync(ada.Id, CancellationToken.None))!;
        var status = await driver.RunAsync("checkin", "status");
        var resumed = await driver.RunAsync("checkin", "resume");
        var after = (await Repository(bot).GetAsync(ada.Id, CancellationToken.None))!;

        Assert.Contains("Paused for 5 days", CheckinDriver.Content(paused), StringComparison.Ordinal);
        Assert.Equal(CheckinStatus.Paused, whilePaused.Status);
        Assert.True(whilePaused.NextDueAt > before.AddDays(3));
        Assert.Contains("paused until", CheckinDriver.Content(status), StringComparison.Ordinal);
        Assert.Contains("back on", CheckinDriver.Content(resumed), StringComparison.Ordinal);
        Assert.Equal(CheckinStatus.Active, after.Status);
        Assert.Equal(before, after.NextDueAt);
    }

    [Fact]
    public async Task The_timezone_option_suggests_zones_from_a_city_typed_in_plain_words()
    {
        await using var bot = await TestBot.StartAsync();
        var typing = new JsonObject
        {
            ["name"] = "checkin",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["name"] = "start",
                ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "timezone", ["value"] = "new york", ["focused"] = true }),
            }),
        };

        var injected = await bot.Control.InjectInteractionAsync(
            new LocalDiscord.Control.InjectInteractionRequest { Type = 4, UserId = bot.Discord.World.Member.Id, Data = typing }, CancellationToken.None);
        var answer = await bot.WaitForAnswerAsync(injected);

        Assert.Equal(8, answer.InitialResponse!.Type);
        var choices = answer.InitialResponse.Data!["choices"]!.AsArray();
        Assert.Contains(choices, c => c!["value"]!.GetValue<string>() == "America/New_York");
        Assert.InRange(choices.Count, 1, 25);
    }

    private static CheckinRepository Repository(TestBot bot) => bot.Host!.Services.GetRequiredService<CheckinRepository>();
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Checkins;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.Scheduling;
using Xunit.Abstractions;

namespace ReflectBot.IntegrationTests;

/// <summary>The scheduler against the local Discord: fan-out under the real rate limit, a stop halfway, closed DMs.</summary>
public sealed class CheckinSchedulerTests(ITestOutputHelper output)
{
    private const string MessagesRoute = "/channels/{channel_id}/messages";
    private static readonly TimeSpan FanOutPatience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_thousand_due_checkins_each_arrive_exactly_once_even_when_the_bot_is_stopped_halfway()
    {
        const int Users = 1000;
        await using var bot = await TestBot.StartAsync(discord => discord.GeneratedMembers = Users);
        var members = bot.Discord.World.GeneratedMembers;
        var now = DateTimeOffset.UtcNow;
        var repository = Repository(bot);
        foreach (var member in members)
        {
            // As if each had run /checkin start earlier: subscribed, DM channel known, due a minute ago.
            await repository.SubscribeAsync(member.Id, new TimeOnly(9, 0), "UTC", now.AddMinutes(-1), now.AddDays(7), now.AddDays(-1), CancellationToken.None);
            await repository.SetDmChannelAsync(member.Id, member.DmChannelId, CancellationToken.None);
        }

        var started = DateTimeOffset.UtcNow;
        Wake(bot);

        // Someone opting in while the fan-out fills the global limit is still answered in time.
        await bot.Control.WaitForRequestsAsync("POST", MessagesRoute, 100, FanOutPatience, CancellationToken.None);
        var ada = bot.Discord.World.Member;
        var optIn = await new CheckinDriver(bot, ada.Id, ada.DmChannelId).StartAsync("09:00", "Europe/Berlin");
        var firstHalf = await bot.Control.WaitForRequestsAsync("POST", MessagesRoute, Users / 2, FanOutPatience, CancellationToken.None);
        Assert.True(optIn.AnsweredInTime);
        Assert.Contains("Daily check-ins are on", CheckinDriver.Content(optIn), StringComparison.Ordinal);
        await bot.StopHostAsync();
        var atStop = (await bot.Control.GetDirectMessageCountsAsync(CancellationToken.None)).Count;
        var halfTime = firstHalf.Requests[(Users / 2) - 1].CompletedAt - started;

        await bot.StartHostAsync();
        Wake(bot);
        await WaitUntilAsync(async () => (await bot.Control.GetDirectMessageCountsAsync(CancellationToken.None)).Count >= Users);
        await WaitUntilAsync(async () => await CountAsync(bot, "SELECT count(*) FROM checkin_deliveries WHERE state = 'pending'") == 0);

        var counts = await bot.Control.GetDirectMessageCountsAsync(CancellationToken.None);
        Assert.Equal(Users, members.Count(m => counts.TryGetValue(m.Id, out var count) && count == 1));
        Assert.Equal(Users + 1, await CountAsync(bot, "SELECT count(*) FROM checkin_deliveries WHERE state = 'sent'"));
        var optInLatency = optIn.InitialResponse!.At - optIn.CreatedAt;
        var rate = (Users / 2) / halfTime.TotalSeconds;
        var posts = await bot.Control.WaitForRequestsAsync("POST", MessagesRoute, Users, TestBot.Patience, CancellationToken.None);
        output.WriteLine($"{atStop} people had their DM when the bot stopped; {posts.Requests.Count} message requests in all for {Users} DMs (retries answered by nonce)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"/checkin start during the fan-out was answered in {optInLatency.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First {Users / 2} DMs in {halfTime.TotalSeconds:F1} s: {rate:F1} DMs/s against a 50 requests/s global limit"));
        Assert.True(rate > 25, $"The scheduler sent only {rate:F1} DMs/s.");
    }

    [Fact]
    public async Task Three_failed_dms_in_a_row_mark_the_user_unreachable_and_their_next_command_says_why()
    {
        // A fixed morning after the 08:00 check-in time, so each next check-in falls on the next day. With the wall
        // clock, a run between midnight and 08:00 UTC put the next one on the same date as the first, which the
        // scheduler rightly skips, and the test waited in vain.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var noor = bot.Discord.World.MemberWithClosedDms;
        var repository = Repository(bot);
        await repository.SubscribeAsync(noor.Id, new TimeOnly(8, 0), "UTC", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddDays(7), clock.GetUtcNow(), CancellationToken.None);

        var failures = new List<int>();
        for (var day = 0; day < 3; day++)
        {
            if (day == 0)
            {
                Wake(bot);
            }
            else
            {
                // Let the clock reach the next check-in, tomorrow at 08:00.
                bot.SetClockAndWakeScheduler(clock, (await repository.GetAsync(noor.Id, CancellationToken.None))!.NextDueAt!.Value);
            }

            var expected = $"({day + 1} in a row;";
            await bot.Logs.WaitForAsync(log => log.Message.Contains(expected, StringComparison.Ordinal), TestBot.Patience);
            failures.Add((await repository.GetAsync(noor.Id, CancellationToken.None))!.ConsecutiveFailures);
        }

        var stored = (await repository.GetAsync(noor.Id, CancellationToken.None))!;
        Assert.Equal([1, 2, 3], failures);
        Assert.Equal(CheckinStatus.Unreachable, stored.Status);
        Assert.Null(stored.NextDueAt);

        await bot.WaitForAnswerAsync(await bot.RunCommandAsync("about", noor.Id, bot.Discord.World.General.Id));
        var answered = await bot.Control.WaitForRequestsAsync("POST", "/webhooks/{application_id}/{interaction_token}", 1, TestBot.Patience, CancellationToken.None);
        var notice = answered.Requests.Single().Body!["content"]!.GetValue<string>();
        Assert.Contains("3 times in a row", notice, StringComparison.Ordinal);
        Assert.Contains("/checkin resume", notice, StringComparison.Ordinal);
        Assert.False(await repository.TakeUnreachableNoticeAsync(noor.Id, CancellationToken.None));
    }

    [Fact]
    public async Task After_downtime_a_checkin_late_within_the_grace_window_goes_out_and_an_older_one_is_skipped_and_logged()
    {
        await using var bot = await TestBot.StartAsync(discord => discord.GeneratedMembers = 2);
        var (onTime, tooLate) = (bot.Discord.World.GeneratedMembers[0], bot.Discord.World.GeneratedMembers[1]);
        var now = DateTimeOffset.UtcNow;
        var repository = Repository(bot);
        await repository.SubscribeAsync(onTime.Id, new TimeOnly(9, 0), "UTC", now.AddHours(-1), now.AddDays(7), now.AddDays(-1), CancellationToken.None);
        await repository.SubscribeAsync(tooLate.Id, new TimeOnly(9, 0), "UTC", now.AddHours(-3), now.AddDays(7), now.AddDays(-1), CancellationToken.None);

        Wake(bot);
        await bot.Control.WaitForRequestsAsync("POST", MessagesRoute, 1, TestBot.Patience, CancellationToken.None);
        await bot.Logs.WaitForAsync(log => log.Message.Contains("beyond the grace window", StringComparison.Ordinal), TestBot.Patience);

        var counts = await bot.Control.GetDirectMessageCountsAsync(CancellationToken.None);
        Assert.Equal(1, counts.GetValueOrDefault(onTime.Id));
        Assert.False(counts.ContainsKey(tooLate.Id));
        var skipped = (await repository.GetAsync(tooLate.Id, CancellationToken.None))!;
        Assert.True(skipped.NextDueAt > now, "The skipped check-in's next one is in the future.");
        Assert.Equal(1, await CountAsync(bot, "SELECT count(*) FROM checkin_deliveries WHERE state = 'skipped'"));
    }

    [Fact]
    public async Task The_weekly_summary_arrives_on_sunday_evening_with_the_weeks_moods_as_a_picture()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero));
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("08:00", "UTC");
        await driver.ClickAsync(await driver.LatestCheckinAsync(), "4 · good");
        var checkin = (await Repository(bot).GetAsync(ada.Id, CancellationToken.None))!;
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero), checkin.NextSummaryAt);

        // Jump to Sunday 18:00. The week's daily check-ins, days late by then, are skipped, not sent.
        bot.SetClockAndWakeScheduler(clock, checkin.NextSummaryAt!.Value);
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith("Scheduler job weekly summaries handled", StringComparison.Ordinal), TestBot.Patience);

        var summary = (await driver.DirectMessagesAsync()).Select(m => m.Message)
            .Single(m => m["embeds"]?.AsArray().FirstOrDefault()?["title"]?.GetValue<string>().StartsWith("Your week", StringComparison.Ordinal) == true);
        Assert.Contains("checked in on 1 of 7 days", summary["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var attachment = summary["attachments"]![0]!;
        Assert.Equal("your-week.png", attachment["filename"]!.GetValue<string>());
        var png = await bot.Control.GetAttachmentAsync(ulong.Parse(attachment["id"]!.GetValue<string>(), CultureInfo.InvariantCulture), CancellationToken.None);
        using var picture = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((640, 320), (picture.Width, picture.Height));
    }

    [Fact]
    public async Task A_button_from_an_earlier_day_stores_the_answer_for_that_day_and_one_past_the_window_is_refused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero));
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("08:00", "Europe/Berlin");
        var monday = await driver.LatestCheckinAsync();

        clock.Advance(TimeSpan.FromDays(2));
        var late = await driver.ClickAsync(monday, "2 · low");
        clock.Advance(TimeSpan.FromDays(7));
        var tooLate = await driver.ClickAsync(monday, "Skip today");

        Assert.Contains("Monday 16 November", CheckinDriver.Content(late), StringComparison.Ordinal);
        Assert.Contains("more than 7 days ago", CheckinDriver.Content(tooLate), StringComparison.Ordinal);
        var entry = Assert.Single(await Repository(bot).GetEntriesAsync(ada.Id, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None));
        Assert.Equal((new DateOnly(2026, 11, 16), 2), (entry.LocalDate, entry.Mood!.Value));
    }

    [Fact]
    public async Task A_send_that_reached_discord_before_a_crash_is_found_again_and_not_repeated_after_the_nonce_window()
    {
        var discordClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(discord => discord.TimeProvider = discordClock);
        var ada = bot.Discord.World.Member;
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("09:00", "UTC");

        // As if the bot had died after Discord created the message but before it recorded the send,
        // and came back after Discord stopped remembering the nonce.
        await bot.StopHostAsync();
        await ExecuteAsync(bot, "UPDATE checkin_deliveries SET state = 'pending', message_id = NULL, sent_at = NULL, attempts = 1");
        discordClock.Advance(TimeSpan.FromMinutes(10));
        await bot.StartHostAsync();
        await bot.Logs.WaitForAsync(log => log.Message.Contains("had already reached Discord", StringComparison.Ordinal), TestBot.Patience);

        Assert.Single(await driver.DirectMessagesAsync());
        Assert.Equal(1, await CountAsync(bot, "SELECT count(*) FROM checkin_deliveries WHERE state = 'sent' AND message_id IS NOT NULL"));
    }

    private static CheckinRepository Repository(TestBot bot) => bot.Host!.Services.GetRequiredService<CheckinRepository>();

    private static void Wake(TestBot bot) => bot.Host!.Services.GetRequiredService<SchedulerSignal>().Wake();

    private static async Task<long> CountAsync(TestBot bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(TestBot bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Checks a condition whenever the bot may have moved on, up to a generous deadline.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(FanOutPatience);
        while (!await condition())
        {

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }
}

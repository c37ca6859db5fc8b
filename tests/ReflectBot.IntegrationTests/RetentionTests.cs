using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Checkins;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>The daily retention purge, driven by a fake clock through the real scheduler.</summary>
public sealed class RetentionTests
{
    private const string Purged = "Retention removed";

    [Fact]
    public async Task With_thirty_days_the_next_midnight_removes_older_moods_and_keeps_the_cutoff_day()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(
            configureHost: host => host.Services.AddSingleton<TimeProvider>(clock),
            settings: new() { ["Storage:RetentionDays"] = "30" });
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith(Purged, StringComparison.Ordinal), TestBot.Patience);
        var midnight = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var today = DateOnly.FromDateTime(midnight.UtcDateTime);
        var userId = bot.Discord.World.Member.Id;
        var entries = bot.Host!.Services.GetRequiredService<CheckinRepository>();
        await entries.RecordMoodAsync(userId, null, today.AddDays(-31), 2, null, clock.GetUtcNow(), CancellationToken.None);
        await entries.RecordMoodAsync(userId, null, today.AddDays(-30), 4, null, clock.GetUtcNow(), CancellationToken.None);

        bot.SetClockAndWakeScheduler(clock, midnight.AddMinutes(1));
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith(Purged + " 1 ", StringComparison.Ordinal), TestBot.Patience);

        var left = await entries.GetEntriesAsync(userId, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None);
        Assert.Equal([today.AddDays(-30)], left.Select(entry => entry.LocalDate));
        Assert.DoesNotContain(bot.Logs.Entries, log => log.Message.StartsWith(Purged, StringComparison.Ordinal) && log.Message.Contains(userId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_no_retention_set_a_years_old_mood_stays_and_nothing_is_purged()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var userId = bot.Discord.World.Member.Id;
        var entries = bot.Host!.Services.GetRequiredService<CheckinRepository>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await entries.RecordMoodAsync(userId, null, today.AddYears(-3), 3, null, clock.GetUtcNow(), CancellationToken.None);
        var rounds = SchedulerRounds(bot);

        bot.SetClockAndWakeScheduler(clock, clock.GetUtcNow().AddDays(2));
        await PrivacyTests.WaitUntilAsync(() => Task.FromResult(SchedulerRounds(bot) > rounds));

        Assert.Single(await entries.GetEntriesAsync(userId, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None));
        Assert.DoesNotContain(bot.Logs.Entries, log => log.Message.StartsWith(Purged, StringComparison.Ordinal));
    }

    private static int SchedulerRounds(TestBot bot)
        => bot.Logs.Entries.Count(log => log.Message.StartsWith("Scheduler round done", StringComparison.Ordinal));
}

using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>/ground against the local Discord, with the host's clock in the test's hand.</summary>
public sealed class GroundingTests
{
    [Fact]
    public async Task Box_breathing_edits_its_message_phase_by_phase_on_time_and_stops_on_stop()
    {
        var clock = new WatchedClock();
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var ada = bot.Discord.World.Member;
        var driver = new GroundingDriver(bot, ada.Id, bot.Discord.World.General.Id);

        var start = await driver.StartAsync("box-breathing");
        Assert.Equal(64, start.InitialResponse!.Data!["flags"]!.GetValue<int>() & 64);
        Assert.Contains("how intense", driver.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Skip rating"], driver.Labels());
        var begun = await driver.ClickAsync("Skip rating");
        Assert.Contains("Breathe in", driver.Text, StringComparison.Ordinal);
        Assert.Contains("round 1 of 4", driver.Text, StringComparison.Ordinal);

        // Just before a phase is due nothing changes; at its time exactly one edit shows it.
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(4));
        clock.Advance(TimeSpan.FromSeconds(3.9));
        var expected = new[] { "Hold the breath", "Let the air go", "Rest with your lungs empty", "Breathe in" };
        for (var phase = 0; phase < expected.Length; phase++)
        {
            if (phase == 0)
            {
                clock.Advance(TimeSpan.FromSeconds(0.1));
            }
            else
            {
                await clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(4));
            }

            var edits = await driver.WaitForEditsAsync(begun.Id, phase + 1);
            Assert.Equal(phase + 1, edits.Count);
            Assert.Contains(expected[phase], GroundingDriver.EditText(edits[phase]), StringComparison.Ordinal);
        }

        Assert.Contains("round 2 of 4", GroundingDriver.EditText((await driver.TokenEditsAsync(begun.Id))[^1]), StringComparison.Ordinal);
        await driver.ClickIdAsync(driver.ButtonId("Stop"));
        Assert.Contains("Stopped", driver.Text, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(2));
        // A round trip through the bot gives a timer that wrongly survived the time to edit.
        await driver.HistoryAsync();
        Assert.Equal(4, (await driver.TokenEditsAsync(begun.Id)).Count);
        Assert.Equal("stopped", await ScalarAsync<string>(bot, "SELECT state FROM grounding_sessions;"));
    }

    [Fact]
    public async Task A_paced_exercise_run_to_the_end_stores_both_ratings_and_history_shows_the_change()
    {
        var clock = new WatchedClock();
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var ada = bot.Discord.World.Member;
        var driver = new GroundingDriver(bot, ada.Id, bot.Discord.World.General.Id);

        var empty = await driver.HistoryAsync();
        Assert.Contains("No sessions with both ratings yet", GroundingDriver.Content(empty), StringComparison.Ordinal);

        await driver.StartAsync("long-exhale");
        var current = await driver.ClickAsync("8");
        var sinceResume = 0;

        // 6 rounds of 4 s in and 7 s out: 12 phases over 66 s; the last edit is the closing. A pause after
        // every fourth edit also shows that Resume carries on from the phase it stopped at, on the new click's token.
        for (var edit = 1; edit <= 12; edit++)
        {
            await clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(edit % 2 == 1 ? 4 : 7));
            var edits = await driver.WaitForEditsAsync(current.Id, ++sinceResume);
            var paused = edit % 4 == 0 && edit < 12;
            if (paused)
            {
                driver.Shown!["components"] = edits[^1].Data!["components"]!.DeepClone();
                await driver.ClickAsync("Pause");
                Assert.Contains("paused", driver.Text, StringComparison.Ordinal);
                clock.ForgetTimers();
                current = await driver.ClickAsync("Resume");
                Assert.Equal(GroundingDriver.EditText(edits[^1]), driver.Text);
                sinceResume = 0;
            }
        }

        var closing = (await driver.TokenEditsAsync(current.Id))[^1];
        Assert.Contains("/help", GroundingDriver.EditText(closing), StringComparison.Ordinal);
        driver.Shown!["components"] = closing.Data!["components"]!.DeepClone();
        await driver.ClickAsync("3");
        Assert.Contains("8 before, 3 after", driver.Text, StringComparison.Ordinal);

        var history = await driver.HistoryAsync();
        Assert.Contains("Long exhale: -5.0 on average (1 session)", GroundingDriver.Content(history), StringComparison.Ordinal);
        Assert.Equal((8L, 3L, "finished"), await ScalarAsync<(long, long, string)>(bot, "SELECT before_rating, after_rating, state FROM grounding_sessions;"));
    }

    [Fact]
    public async Task A_stepped_exercise_advances_by_next_and_ends_with_the_after_rating()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new GroundingDriver(bot, ada.Id, bot.Discord.World.General.Id);

        var menu = await driver.StartAsync();
        Assert.Contains("Five senses (5-4-3-2-1)", driver.Labels());
        await driver.ClickAsync("Five senses (5-4-3-2-1)");
        await driver.ClickAsync("6");
        var seen = new List<string> { driver.Text };
        for (var step = 1; step <= 5; step++)
        {
            await driver.ClickAsync("Next");
            seen.Add(driver.Text);
        }

        Assert.Contains("step 1 of 5", seen[0], StringComparison.Ordinal);
        Assert.Contains("step 5 of 5", seen[4], StringComparison.Ordinal);
        Assert.Contains("/help", seen[5], StringComparison.Ordinal);
        Assert.Contains("Skip rating", driver.Labels());
        await driver.ClickAsync("Skip rating");
        Assert.Equal((6L, "finished"), await ScalarAsync<(long, string)>(bot, "SELECT before_rating, state FROM grounding_sessions;"));
        Assert.Empty(await driver.TokenEditsAsync(menu.Id));
    }

    [Fact]
    public async Task An_unknown_exercise_typed_is_refused_kindly_with_the_list_and_nothing_is_stored()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var driver = new GroundingDriver(bot, ada.Id, bot.Discord.World.General.Id);

        var answer = await driver.StartAsync("cold-shower");

        var text = GroundingDriver.Content(answer);
        Assert.Contains("There is no exercise called 'cold\\-shower'", text, StringComparison.Ordinal);
        Assert.Contains("box-breathing", text, StringComparison.Ordinal);
        Assert.Contains("Box breathing", driver.Labels());
        Assert.Equal(0L, await ScalarAsync<long>(bot, "SELECT count(*) FROM grounding_sessions;"));
    }

    [Fact]
    public async Task Someone_elses_button_and_a_stopped_sessions_button_are_refused_and_store_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var (ada, ben) = (bot.Discord.World.Member, bot.Discord.World.Moderator.Id);
        var driver = new GroundingDriver(bot, ada.Id, bot.Discord.World.General.Id);
        await driver.StartAsync("hand-on-heart");
        var rateFive = driver.ButtonId("5");

        var theirs = await driver.ClickIdAsync(rateFive, clicker: ben);
        Assert.Contains("belongs to someone else", GroundingDriver.Content(theirs), StringComparison.Ordinal);

        await driver.ClickAsync("Skip rating");
        await driver.ClickAsync("Stop");
        var stale = await driver.ClickIdAsync(rateFive);
        Assert.Contains("already ended", GroundingDriver.Content(stale), StringComparison.Ordinal);
        Assert.Null(await ScalarAsync<long?>(bot, "SELECT before_rating FROM grounding_sessions;"));
    }

    [Fact]
    public async Task The_checkin_grounding_button_opens_the_exercise_menu()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var checkin = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await checkin.StartAsync("09:00", "Europe/Berlin");

        var answer = await checkin.ClickAsync(await checkin.LatestCheckinAsync(), "Try a grounding exercise");

        Assert.Contains("Pick an exercise", CheckinDriver.Content(answer), StringComparison.Ordinal);
        var labels = answer.InitialResponse!.Data!["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(b => b!["label"]!.GetValue<string>());
        Assert.Contains("Box breathing", labels);
    }

    private static async Task<T> ScalarAsync<T>(TestBot bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        return await connection.QuerySingleAsync<T>(sql);
    }
}

using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Checkins;
using static ReflectBot.Data.Tests.Checkins.CheckinTestData;

namespace ReflectBot.Data.Tests.Checkins;

public sealed class CheckinEntryTests
{
    [Fact]
    public async Task A_second_mood_on_the_same_day_replaces_the_first()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);

        await checkins.RecordMoodAsync(Ada, delivery.Id, Tomorrow, 2, "prompt-a", now, CancellationToken.None);
        await checkins.RecordMoodAsync(Ada, null, Tomorrow, 4, null, now.AddMinutes(3), CancellationToken.None);

        var mood = Assert.Single(await checkins.GetEntriesAsync(Ada, Tomorrow, Tomorrow, CancellationToken.None));
        Assert.Equal(
            (EntryKind.Mood, (int?)4, (long?)delivery.Id, "prompt-a", now, now.AddMinutes(3)),
            (mood.Kind, mood.Mood, mood.DeliveryId, mood.PromptId, mood.CreatedAt, mood.UpdatedAt));
    }

    [Fact]
    public async Task Moods_on_different_days_or_of_different_people_are_kept_apart()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        await checkins.RecordMoodAsync(Ada, null, Today, 3, null, now, CancellationToken.None);
        await checkins.RecordMoodAsync(Ada, null, Tomorrow, 5, null, now, CancellationToken.None);
        await checkins.RecordMoodAsync(Ben, null, Today, 1, null, now, CancellationToken.None);

        Assert.Equal(
            [new DailyMood(Today, 3), new DailyMood(Tomorrow, 5)],
            await checkins.GetMoodsAsync(Ada, Today, Tomorrow, CancellationToken.None));
        Assert.Equal([new DailyMood(Today, 1)], await checkins.GetMoodsAsync(Ben, Today.AddDays(-7), Today, CancellationToken.None));
        Assert.Empty(await checkins.GetMoodsAsync(Ada, Today.AddDays(2), Today.AddDays(9), CancellationToken.None));
    }

    [Fact]
    public async Task Answering_records_a_person_who_had_no_row_yet()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        await checkins.RecordMoodAsync(Ada, null, Today, 3, null, now, CancellationToken.None);
        await checkins.AddReflectionAsync(Ben, null, Today, null, "A calm walk helped.", now, CancellationToken.None);
        await checkins.RecordSkipAsync(3, null, Today, now, CancellationToken.None);

        Assert.Equal(3, await database.CountAsync("users"));
    }

    [Fact]
    public async Task A_day_can_hold_many_reflections_in_the_order_written()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        var first = await checkins.AddReflectionAsync(Ada, null, Today, "prompt-a", "First thought.", now, CancellationToken.None);
        var second = await checkins.AddReflectionAsync(Ada, null, Today, null, "Second thought.", now.AddMinutes(1), CancellationToken.None);

        var entries = await checkins.GetEntriesAsync(Ada, Today, Today, CancellationToken.None);
        Assert.Equal([first, second], entries.Select(e => e.Id));
        Assert.Equal(["First thought.", "Second thought."], entries.Select(e => e.Text));
        Assert.Equal("prompt-a", entries[0].PromptId);
    }

    [Fact]
    public async Task Skipping_a_day_twice_records_one_skip()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        await checkins.RecordSkipAsync(Ada, null, Today, now, CancellationToken.None);
        await checkins.RecordSkipAsync(Ada, null, Today, now.AddHours(1), CancellationToken.None);

        var skip = Assert.Single(await checkins.GetEntriesAsync(Ada, Today, Today, CancellationToken.None));
        Assert.Equal((EntryKind.Skip, (int?)null, (string?)null, now), (skip.Kind, skip.Mood, skip.Text, skip.CreatedAt));
    }

    [Fact]
    public async Task Entries_come_newest_day_first_within_the_inclusive_range()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var yesterday = Today.AddDays(-1);
        await checkins.RecordMoodAsync(Ada, null, yesterday.AddDays(-1), 2, null, now, CancellationToken.None);
        await checkins.RecordMoodAsync(Ada, null, yesterday, 2, null, now, CancellationToken.None);
        await checkins.AddReflectionAsync(Ada, null, Today, null, "Today.", now, CancellationToken.None);
        await checkins.RecordSkipAsync(Ada, null, Tomorrow, now, CancellationToken.None);
        await checkins.RecordMoodAsync(Ben, null, Today, 2, null, now, CancellationToken.None);

        var entries = await checkins.GetEntriesAsync(Ada, yesterday, Today, CancellationToken.None);

        Assert.Equal([(Today, EntryKind.Reflection), (yesterday, EntryKind.Mood)], entries.Select(e => (e.LocalDate, e.Kind)));
    }

    [Fact]
    public async Task Answered_dates_count_any_answer_including_a_skip_once_per_day_newest_first()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.RecordMoodAsync(Ada, null, Today, 3, null, now, CancellationToken.None);
        await checkins.AddReflectionAsync(Ada, null, Today, null, "Noted.", now, CancellationToken.None);
        await checkins.RecordSkipAsync(Ada, null, Today.AddDays(-1), now, CancellationToken.None);
        await checkins.AddReflectionAsync(Ada, null, Today.AddDays(-3), null, "Too old.", now, CancellationToken.None);
        await checkins.RecordSkipAsync(Ben, null, Today.AddDays(-2), now, CancellationToken.None);

        Assert.Equal(
            [Today, Today.AddDays(-1)],
            await checkins.GetAnsweredDatesAsync(Ada, Today.AddDays(-2), CancellationToken.None));
    }

    [Fact]
    public async Task An_entry_links_only_to_a_delivery_of_the_same_person()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var adas = await checkins.SubscribeAndClaimAsync(Ada, now);

        await checkins.RecordMoodAsync(Ben, adas.Id, Tomorrow, 3, null, now, CancellationToken.None);

        Assert.Null(Assert.Single(await checkins.GetEntriesAsync(Ben, Tomorrow, Tomorrow, CancellationToken.None)).DeliveryId);
    }

    [Fact]
    public async Task Moods_off_the_scale_and_overlong_or_empty_reflections_are_refused_before_the_database()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => checkins.RecordMoodAsync(Ada, null, Today, 6, null, now, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => checkins.RecordMoodAsync(Ada, null, Today, 0, null, now, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => checkins.AddReflectionAsync(Ada, null, Today, null, new string('a', 4001), now, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(
            () => checkins.AddReflectionAsync(Ada, null, Today, null, " ", now, CancellationToken.None));
        Assert.Equal(0, await database.CountAsync("checkin_entries"));
    }

    [Fact]
    public async Task A_reflection_of_exactly_the_limit_is_stored()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var text = new string('a', CheckinRepository.MaxReflectionLength);

        await checkins.AddReflectionAsync(Ada, null, Today, null, text, database.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(text, Assert.Single(await checkins.GetEntriesAsync(Ada, Today, Today, CancellationToken.None)).Text);
    }

    [Theory]
    [InlineData("'mood', 6, NULL")]
    [InlineData("'mood', 0, NULL")]
    [InlineData("'mood', NULL, NULL")]
    [InlineData("'reflection', NULL, NULL")]
    [InlineData("'reflection', 3, 'text'")]
    [InlineData("'skip', NULL, 'text'")]
    [InlineData("'reflection', NULL, printf('%.4001c', 'a')")]
    [InlineData("'reflection', NULL, ''")]
    public async Task The_table_itself_refuses_entries_that_break_its_rules(string kindMoodAndText)
    {
        await using var database = new TempDatabase();
        await database.CheckinsAsync();
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO users (user_id, created_at) VALUES ('1', 'x');");

        var refusal = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync($"""
            INSERT INTO checkin_entries (user_id, local_date, kind, mood, text, created_at, updated_at)
            VALUES ('1', '2026-03-14', {kindMoodAndText}, 'x', 'x');
            """));

        Assert.Contains("CHECK constraint failed", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_accepts_a_reflection_of_4000_characters_so_the_refusal_above_is_about_length()
    {
        await using var database = new TempDatabase();
        await database.CheckinsAsync();
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO users (user_id, created_at) VALUES ('1', 'x');");

        await connection.ExecuteAsync("""
            INSERT INTO checkin_entries (user_id, local_date, kind, text, created_at, updated_at)
            VALUES ('1', '2026-03-14', 'reflection', printf('%.4000c', 'a'), 'x', 'x');
            """);

        Assert.Equal(4000, await connection.ExecuteScalarAsync<long>("SELECT length(text) FROM checkin_entries;"));
    }
}

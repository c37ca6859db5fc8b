using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Users;

namespace ReflectBot.Data.Tests.Quiz;

public sealed class QuizSessionTests
{
    [Fact]
    public async Task Starting_a_quiz_records_the_person_and_an_empty_quiz_that_reads_back_the_same()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();

        var started = await quizzes.StartAsync(
            QuizTestData.Ada, "full", QuizTestData.Items, QuizTestData.Channel, originGuildId: null, now, CancellationToken.None);

        var read = await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(QuizTestData.Ada, read.UserId);
        Assert.Equal("full", read.Mode);
        Assert.Equal(QuizTestData.Items, read.ItemIds);
        Assert.Empty(read.Answers);
        Assert.Equal(started.Version, read.Version);
        Assert.Equal(QuizTestData.Channel, read.OriginChannelId);
        Assert.Null(read.OriginGuildId);
        Assert.Equal(now, read.StartedAt);
        Assert.Equal(now, read.UpdatedAt);
        Assert.Equal(started with { ItemIds = read.ItemIds, Answers = read.Answers }, read);
        Assert.NotNull(await new UserRepository(database.Connections).FindAsync(QuizTestData.Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Someone_who_never_started_has_no_quiz_in_progress()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();

        Assert.Null(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Progress_at_the_current_version_is_stored_and_moves_the_version_on_by_one()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, database.Time.GetUtcNow());
        var later = database.Time.GetUtcNow().AddMinutes(3);

        Assert.True(await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [5], later, CancellationToken.None));
        Assert.True(await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version + 1, [5, 2], later, CancellationToken.None));

        var read = await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal([5, 2], read.Answers);
        Assert.Equal(started.Version + 2, read.Version);
        Assert.Equal(started.StartedAt, read.StartedAt);
        Assert.Equal(later, read.UpdatedAt);
    }

    [Fact]
    public async Task Going_back_stores_the_shorter_list_of_answers()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);
        await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [5, 2], now, CancellationToken.None);

        Assert.True(await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version + 1, [5], now, CancellationToken.None));

        Assert.Equal([5], (await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None))!.Answers);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);
        Assert.True(await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [5], now, CancellationToken.None));
        var before = await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None);

        // The same button clicked twice: the second click still names the version the first one used.
        var doubleClick = await quizzes.SaveProgressAsync(
            QuizTestData.Ada, started.Version, [5, 7], now.AddSeconds(1), CancellationToken.None);

        Assert.False(doubleClick);
        var after = await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(before.Answers, after.Answers);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
    }

    [Fact]
    public async Task Starting_again_replaces_the_quiz_and_refuses_the_old_quiz_buttons()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var first = await quizzes.StartShortAsync(QuizTestData.Ada, now);
        await quizzes.SaveProgressAsync(QuizTestData.Ada, first.Version, [5], now, CancellationToken.None);

        var second = await quizzes.StartAsync(
            QuizTestData.Ada, "full", ["avo-02", "anx-01"], QuizTestData.OtherChannel, null, now.AddDays(2), CancellationToken.None);

        Assert.NotEqual(first.Version, second.Version);
        Assert.NotEqual(first.Version + 1, second.Version);
        Assert.False(await quizzes.SaveProgressAsync(QuizTestData.Ada, first.Version + 1, [5, 2], now, CancellationToken.None));
        var read = await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(("full", second.Version, QuizTestData.OtherChannel, now.AddDays(2)), (read.Mode, read.Version, read.OriginChannelId, read.StartedAt));
        Assert.Equal(["avo-02", "anx-01"], read.ItemIds);
        Assert.Empty(read.Answers);
        await using var connection = await database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM quiz_sessions;"));
    }

    [Fact]
    public async Task One_persons_version_does_not_move_another_persons_quiz()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var adas = await quizzes.StartShortAsync(QuizTestData.Ada, now);
        var bens = await quizzes.StartShortAsync(QuizTestData.Ben, now);

        Assert.False(await quizzes.SaveProgressAsync(QuizTestData.Ben, adas.Version, [1], now, CancellationToken.None));
        Assert.True(await quizzes.SaveProgressAsync(QuizTestData.Ada, adas.Version, [7], now, CancellationToken.None));

        Assert.Equal([7], (await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None))!.Answers);
        Assert.Empty((await quizzes.GetSessionAsync(QuizTestData.Ben, CancellationToken.None))!.Answers);
        Assert.Equal(bens.Version, (await quizzes.GetSessionAsync(QuizTestData.Ben, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Progress_without_a_quiz_in_progress_is_refused()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();

        Assert.False(await quizzes.SaveProgressAsync(QuizTestData.Ada, 1, [4], database.Time.GetUtcNow(), CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public async Task An_answer_off_the_one_to_seven_scale_is_rejected(int answer)
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, database.Time.GetUtcNow());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => quizzes.SaveProgressAsync(
            QuizTestData.Ada, started.Version, [4, answer], database.Time.GetUtcNow(), CancellationToken.None));

        Assert.Empty((await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None))!.Answers);
    }

    [Fact]
    public async Task More_answers_than_items_are_refused()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, database.Time.GetUtcNow());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => quizzes.SaveProgressAsync(
            QuizTestData.Ada, started.Version, [1, 2, 3, 4, 5], database.Time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task A_mode_other_than_short_or_full_is_refused_by_the_schema()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();

        await Assert.ThrowsAsync<SqliteException>(() => quizzes.StartAsync(
            QuizTestData.Ada, "medium", QuizTestData.Items, QuizTestData.Channel, null, database.Time.GetUtcNow(), CancellationToken.None));

        Assert.Null(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Stop_from_an_old_message_does_not_end_the_quiz_in_progress()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, database.Time.GetUtcNow());
        await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [3], database.Time.GetUtcNow(), CancellationToken.None);

        Assert.False(await quizzes.DeleteSessionAsync(QuizTestData.Ada, started.Version, CancellationToken.None));
        Assert.NotNull(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));

        Assert.True(await quizzes.DeleteSessionAsync(QuizTestData.Ada, started.Version + 1, CancellationToken.None));
        Assert.Null(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_quiz_in_progress_reports_whether_there_was_one()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        await quizzes.StartShortAsync(QuizTestData.Ada, database.Time.GetUtcNow());

        Assert.True(await quizzes.DeleteSessionAsync(QuizTestData.Ada, CancellationToken.None));
        Assert.False(await quizzes.DeleteSessionAsync(QuizTestData.Ada, CancellationToken.None));
        Assert.Null(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Items_and_answers_are_stored_as_json_arrays_and_ids_as_decimal_text()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, database.Time.GetUtcNow());
        await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [5, 2], database.Time.GetUtcNow(), CancellationToken.None);

        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string ItemIds, string Answers, string Channel, string Guild, string StartedAt)>(
            "SELECT item_ids, answers, origin_channel_id, origin_guild_id, started_at FROM quiz_sessions;");
        Assert.Equal(
            ("""["anx-01","avo-01","anx-02","avo-02"]""", "[5,2]", "1213095896678531082", "1213095896678531000", "2026-03-14T09:26:53.0000000Z"),
            row);
    }
}

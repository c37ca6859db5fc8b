using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Quiz;

namespace ReflectBot.Data.Tests.Quiz;

public sealed class QuizCompletionTests
{
    [Fact]
    public async Task A_quiz_started_answered_and_completed_becomes_one_result_and_ends()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var start = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, start);
        var version = started.Version;
        for (var answered = 1; answered < QuizTestData.AllAnswers.Length; answered++)
        {
            Assert.True(await quizzes.SaveProgressAsync(
                QuizTestData.Ada, version++, QuizTestData.AllAnswers[..answered], start, CancellationToken.None));
        }

        var finished = start.AddMinutes(4);
        var scores = new QuizResultScores(4.25, 3.75, "anxious", "secure");
        var resultId = await quizzes.CompleteAsync(
            QuizTestData.Ada, version, QuizTestData.AllAnswers, scores, finished, CancellationToken.None);

        Assert.NotNull(resultId);
        Assert.Null(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));
        var result = Assert.Single(await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None));
        Assert.Equal(resultId, result.Id);
        Assert.Equal(QuizTestData.Ada, result.UserId);
        Assert.Equal("short", result.Mode);
        Assert.Equal((4.25, 3.75, "anxious", "secure"), (result.Anxiety, result.Avoidance, result.Pattern, result.NearPattern));
        Assert.Equal(QuizTestData.Items, result.ItemIds);
        Assert.Equal(QuizTestData.AllAnswers, result.Answers);
        Assert.Equal(finished, result.TakenAt);
    }

    [Fact]
    public async Task Completing_twice_with_the_same_version_records_one_result()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);

        var first = await quizzes.CompleteAsync(
            QuizTestData.Ada, started.Version, QuizTestData.AllAnswers, QuizTestData.Scores, now, CancellationToken.None);
        var second = await quizzes.CompleteAsync(
            QuizTestData.Ada, started.Version, QuizTestData.AllAnswers, QuizTestData.Scores, now, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Single(await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Two_clicks_completing_at_the_same_moment_record_one_result()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => quizzes.CompleteAsync(
            QuizTestData.Ada, started.Version, QuizTestData.AllAnswers, QuizTestData.Scores, now, CancellationToken.None))));

        Assert.Single(outcomes, id => id is not null);
        Assert.Single(await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Completing_at_a_stale_version_records_nothing_and_keeps_the_quiz()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);
        await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [5], now, CancellationToken.None);

        var resultId = await quizzes.CompleteAsync(
            QuizTestData.Ada, started.Version, QuizTestData.AllAnswers, QuizTestData.Scores, now, CancellationToken.None);

        Assert.Null(resultId);
        Assert.Empty(await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None));
        Assert.Equal([5], (await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None))!.Answers);
    }

    [Fact]
    public async Task Completing_without_a_quiz_in_progress_records_nothing()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();

        var resultId = await quizzes.CompleteAsync(
            QuizTestData.Ada, 1, QuizTestData.AllAnswers, QuizTestData.Scores, database.Time.GetUtcNow(), CancellationToken.None);

        Assert.Null(resultId);
        await using var connection = await database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM quiz_results;"));
    }

    [Fact]
    public async Task A_result_missing_answers_is_refused_and_the_quiz_stays_as_it_was()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => quizzes.CompleteAsync(
            QuizTestData.Ada, started.Version, [5, 2, 7], QuizTestData.Scores, now, CancellationToken.None));

        Assert.Empty(await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None));
        Assert.Equal(started.Version, (await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Scores_off_the_one_to_seven_scale_are_refused_by_the_schema()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);

        await Assert.ThrowsAsync<SqliteException>(() => quizzes.CompleteAsync(
            QuizTestData.Ada, started.Version, QuizTestData.AllAnswers, new QuizResultScores(0.5, 4, "secure", null), now, CancellationToken.None));

        Assert.NotNull(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));
    }
}

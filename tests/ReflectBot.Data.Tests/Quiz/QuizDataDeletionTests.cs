using Dapper;
using ReflectBot.Data.Users;

namespace ReflectBot.Data.Tests.Quiz;

public sealed class QuizDataDeletionTests
{
    [Fact]
    public async Task Deleting_a_person_removes_their_quiz_results_and_shares_and_keeps_everyone_elses()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var users = new UserRepository(database.Connections);
        var now = database.Time.GetUtcNow();
        foreach (var person in new[] { QuizTestData.Ada, QuizTestData.Ben })
        {
            var resultId = await quizzes.TakeQuizAsync(person, now);
            await quizzes.RecordShareAsync(person, resultId, QuizTestData.Channel, 900, now, CancellationToken.None);
            var session = await quizzes.StartShortAsync(person, now);
            await quizzes.SaveProgressAsync(person, session.Version, [4], now, CancellationToken.None);
        }

        Assert.True(await users.DeleteAsync(QuizTestData.Ada, CancellationToken.None));

        await using var connection = await database.OpenAsync();
        foreach (var table in new[] { "quiz_sessions", "quiz_results", "quiz_shares" })
        {
            Assert.Equal(
                ["1213098916577411095"],
                await connection.QueryAsync<string>($"SELECT user_id FROM {table};"));
        }
    }

    [Fact]
    public async Task Deleting_data_mid_quiz_turns_the_next_click_into_a_refusal()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);
        await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [4], now, CancellationToken.None);

        await new UserRepository(database.Connections).DeleteAsync(QuizTestData.Ada, CancellationToken.None);

        Assert.False(await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version + 1, [4, 4], now, CancellationToken.None));
        Assert.Null(await quizzes.CompleteAsync(
            QuizTestData.Ada, started.Version + 1, QuizTestData.AllAnswers, QuizTestData.Scores, now, CancellationToken.None));
        Assert.Null(await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_result_removes_its_shares()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var resultId = await quizzes.TakeQuizAsync(QuizTestData.Ada, now);
        await quizzes.RecordShareAsync(QuizTestData.Ada, resultId, QuizTestData.Channel, 900, now, CancellationToken.None);

        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM quiz_results WHERE id = @Id;", new { Id = resultId });

        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM quiz_shares;"));
    }
}

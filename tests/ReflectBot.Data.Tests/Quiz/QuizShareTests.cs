namespace ReflectBot.Data.Tests.Quiz;

public sealed class QuizShareTests
{
    [Fact]
    public async Task A_result_is_shared_at_most_once_per_channel()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var resultId = await quizzes.TakeQuizAsync(QuizTestData.Ada, now);

        Assert.False(await quizzes.IsSharedAsync(QuizTestData.Ada, resultId, QuizTestData.Channel, CancellationToken.None));
        Assert.True(await quizzes.RecordShareAsync(QuizTestData.Ada, resultId, QuizTestData.Channel, 900, now, CancellationToken.None));
        Assert.False(await quizzes.RecordShareAsync(QuizTestData.Ada, resultId, QuizTestData.Channel, 901, now, CancellationToken.None));
        Assert.True(await quizzes.RecordShareAsync(QuizTestData.Ada, resultId, QuizTestData.OtherChannel, 902, now, CancellationToken.None));

        Assert.True(await quizzes.IsSharedAsync(QuizTestData.Ada, resultId, QuizTestData.Channel, CancellationToken.None));
        Assert.True(await quizzes.IsSharedAsync(QuizTestData.Ada, resultId, QuizTestData.OtherChannel, CancellationToken.None));
    }

    [Fact]
    public async Task A_newer_result_can_be_shared_where_an_older_one_was()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var older = await quizzes.TakeQuizAsync(QuizTestData.Ada, now);
        var newer = await quizzes.TakeQuizAsync(QuizTestData.Ada, now.AddDays(1));

        Assert.True(await quizzes.RecordShareAsync(QuizTestData.Ada, older, QuizTestData.Channel, 900, now, CancellationToken.None));
        Assert.True(await quizzes.RecordShareAsync(QuizTestData.Ada, newer, QuizTestData.Channel, 901, now, CancellationToken.None));
    }

    [Fact]
    public async Task Nobody_can_record_a_share_of_someone_elses_result()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var adas = await quizzes.TakeQuizAsync(QuizTestData.Ada, now);
        await quizzes.TakeQuizAsync(QuizTestData.Ben, now);

        Assert.False(await quizzes.RecordShareAsync(QuizTestData.Ben, adas, QuizTestData.Channel, 900, now, CancellationToken.None));
        Assert.False(await quizzes.RecordShareAsync(QuizTestData.Ben, 4242, QuizTestData.Channel, 900, now, CancellationToken.None));

        Assert.False(await quizzes.IsSharedAsync(QuizTestData.Ada, adas, QuizTestData.Channel, CancellationToken.None));
        Assert.True(await quizzes.RecordShareAsync(QuizTestData.Ada, adas, QuizTestData.Channel, 900, now, CancellationToken.None));
    }
}

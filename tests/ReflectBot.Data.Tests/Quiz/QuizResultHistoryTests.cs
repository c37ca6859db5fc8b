using ReflectBot.Data.Quiz;

namespace ReflectBot.Data.Tests.Quiz;

public sealed class QuizResultHistoryTests
{
    [Fact]
    public async Task Results_come_newest_first_up_to_the_limit()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var first = database.Time.GetUtcNow();
        var oldest = await quizzes.TakeQuizAsync(QuizTestData.Ada, first, new QuizResultScores(2, 2, "secure", null));
        var newest = await quizzes.TakeQuizAsync(QuizTestData.Ada, first.AddDays(30), new QuizResultScores(5, 2, "anxious", null));
        var middle = await quizzes.TakeQuizAsync(QuizTestData.Ada, first.AddDays(7), new QuizResultScores(3, 3, "secure", null));

        var all = await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None);
        var latestTwo = await quizzes.GetResultsAsync(QuizTestData.Ada, 2, CancellationToken.None);

        Assert.Equal([newest, middle, oldest], all.Select(r => r.Id));
        Assert.Equal([first.AddDays(30), first.AddDays(7), first], all.Select(r => r.TakenAt));
        Assert.Equal([newest, middle], latestTwo.Select(r => r.Id));
    }

    [Fact]
    public async Task Results_taken_in_the_same_instant_list_the_later_stored_first()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var now = database.Time.GetUtcNow();
        var earlier = await quizzes.TakeQuizAsync(QuizTestData.Ada, now);
        var later = await quizzes.TakeQuizAsync(QuizTestData.Ada, now);

        var results = await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None);

        Assert.Equal([later, earlier], results.Select(r => r.Id));
    }

    [Fact]
    public async Task A_person_sees_only_their_own_results()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();
        var adas = await quizzes.TakeQuizAsync(QuizTestData.Ada, database.Time.GetUtcNow());
        var bens = await quizzes.TakeQuizAsync(QuizTestData.Ben, database.Time.GetUtcNow());

        Assert.Equal([adas], (await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(adas, (await quizzes.FindResultAsync(QuizTestData.Ada, adas, CancellationToken.None))?.Id);
        Assert.Null(await quizzes.FindResultAsync(QuizTestData.Ada, bens, CancellationToken.None));
    }

    [Fact]
    public async Task A_result_that_never_existed_is_not_found()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();

        Assert.Null(await quizzes.FindResultAsync(QuizTestData.Ada, 42, CancellationToken.None));
        Assert.Empty(await quizzes.GetResultsAsync(QuizTestData.Ada, 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_limit_below_one_is_rejected()
    {
        await using var database = new TempDatabase();
        var quizzes = await database.RepositoryAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => quizzes.GetResultsAsync(QuizTestData.Ada, 0, CancellationToken.None));
    }
}

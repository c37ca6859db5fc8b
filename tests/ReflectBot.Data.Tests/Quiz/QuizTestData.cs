using ReflectBot.Data.Quiz;

namespace ReflectBot.Data.Tests.Quiz;

/// <summary>A migrated database with a quiz repository, and the small quiz the tests take.</summary>
internal static class QuizTestData
{
    public const ulong Ada = 1_213_098_916_577_411_094;
    public const ulong Ben = 1_213_098_916_577_411_095;
    public const ulong Channel = 1_213_095_896_678_531_082;
    public const ulong OtherChannel = 1_213_095_896_678_531_083;
    public const ulong Guild = 1_213_095_896_678_531_000;

    public static readonly string[] Items = ["anx-01", "avo-01", "anx-02", "avo-02"];

    public static readonly int[] AllAnswers = [5, 2, 7, 1];

    public static readonly QuizResultScores Scores = new(6.0, 1.5, "anxious", NearPattern: null);

    public static async Task<QuizRepository> RepositoryAsync(this TempDatabase database)
    {
        await database.Migrator().MigrateAsync(CancellationToken.None);
        return new QuizRepository(database.Connections, database.Sealer);
    }

    public static Task<StoredQuizSession> StartShortAsync(this QuizRepository quizzes, ulong userId, DateTimeOffset now) =>
        quizzes.StartAsync(userId, "short", Items, Channel, Guild, now, CancellationToken.None);

    /// <summary>Takes a whole quiz and returns the result's id.</summary>
    public static async Task<long> TakeQuizAsync(
        this QuizRepository quizzes, ulong userId, DateTimeOffset now, QuizResultScores? scores = null)
    {
        var session = await quizzes.StartShortAsync(userId, now);
        var id = await quizzes.CompleteAsync(userId, session.Version, AllAnswers, scores ?? Scores, now, CancellationToken.None);
        return id ?? throw new InvalidOperationException("A fresh quiz should complete.");
    }
}

using Dapper;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Quiz;
using ReflectBot.Data.Tests.Checkins;
using ReflectBot.Data.Tests.Quiz;

namespace ReflectBot.Data.Tests.Migrations;

public sealed class PrivacyMigrationTests
{
    private static readonly string[] RebuiltTables = ["quiz_sessions", "quiz_results", "quiz_shares", "checkin_entries"];

    [Fact]
    public async Task Upgrading_from_version_5_keeps_every_quiz_session_result_share_and_entry_with_its_id()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(5, CancellationToken.None);
        var now = database.Time.GetUtcNow();
        var quizzes = new QuizRepository(database.Connections, database.Sealer);
        var resultId = await quizzes.TakeQuizAsync(QuizTestData.Ada, now);
        await quizzes.TakeQuizAsync(QuizTestData.Ada, now.AddDays(1));
        Assert.True(await quizzes.RecordShareAsync(QuizTestData.Ada, resultId, QuizTestData.Channel, 77, now, CancellationToken.None));
        var session = await quizzes.StartShortAsync(QuizTestData.Ben, now);
        Assert.True(await quizzes.SaveProgressAsync(QuizTestData.Ben, session.Version, [3], now, CancellationToken.None));
        var checkins = new CheckinRepository(database.Connections, database.Sealer);
        await checkins.AddReflectionAsync(QuizTestData.Ada, null, CheckinTestData.Today, null, "before the upgrade", now, CancellationToken.None);
        var before = await DumpAsync(database);

        Assert.Equal(1, await database.Migrator().MigrateAsync(CancellationToken.None));

        Assert.Equal(before, await DumpAsync(database));
        await using var connection = await database.OpenAsync();
        Assert.Empty(await connection.QueryAsync<string>("SELECT name FROM sqlite_schema WHERE sql LIKE '%_v2%';"));
        Assert.Empty(await connection.QueryAsync<string>("SELECT \"table\" FROM pragma_foreign_key_check;"));
        Assert.True(await quizzes.IsSharedAsync(QuizTestData.Ada, resultId, QuizTestData.Channel, CancellationToken.None));
        // The rebuilt share still hangs off its result: deleting the result takes the share with it.
        await connection.ExecuteAsync("DELETE FROM quiz_results WHERE id = @Id;", new { Id = resultId });
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM quiz_shares;"));
    }

    private static async Task<string> DumpAsync(TempDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var lines = new List<string>();
        foreach (var table in RebuiltTables)
        {
            var rows = await connection.QueryAsync($"SELECT * FROM {table} ORDER BY rowid;");
            lines.AddRange(rows.Select(row => table + ": " + string.Join(", ",
                ((IDictionary<string, object?>)row).Select(cell => $"{cell.Key}={cell.Value}"))));
        }

        Assert.Equal(RebuiltTables.Length, lines.Select(line => line.Split(':')[0]).Distinct(StringComparer.Ordinal).Count());
        return string.Join('\n', lines);
    }
}

using System.Globalization;
using Dapper;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Protection;
using ReflectBot.Data.Quiz;
using ReflectBot.Data.Tests.Checkins;
using ReflectBot.Data.Tests.Privacy;
using ReflectBot.Data.Tests.Quiz;

namespace ReflectBot.Data.Tests.Protection;

public sealed class EncryptionAtRestTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_reflection_is_absent_from_the_files_only_when_a_key_is_set(bool withKey, bool expectFound)
    {
        await using var database = new TempDatabase(withKey ? PrivacyTestData.NewKey() : null);
        var checkins = await database.CheckinsAsync();

        await checkins.AddReflectionAsync(
            PrivacyTestData.Ada, null, CheckinTestData.Today, null, PrivacyTestData.Reflection, database.Time.GetUtcNow(), CancellationToken.None);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        var found = DatabaseFiles.Contain(database.DatabasePath, PrivacyTestData.Reflection);
        Assert.Equal(expectFound, found);
        var entry = Assert.Single(await checkins.GetEntriesAsync(PrivacyTestData.Ada, CheckinTestData.Today, CheckinTestData.Today, CancellationToken.None));
        Assert.Equal(PrivacyTestData.Reflection, entry.Text);
    }

    [Theory]
    [InlineData("sealed:v1:AAAA")]
    [InlineData("clear:v1:my words")]
    public async Task Text_typed_to_look_sealed_reads_back_as_typed_when_no_key_is_set(string typed)
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();

        await checkins.AddReflectionAsync(PrivacyTestData.Ada, null, CheckinTestData.Today, null, typed, database.Time.GetUtcNow(), CancellationToken.None);

        var entry = Assert.Single(await checkins.GetEntriesAsync(PrivacyTestData.Ada, CheckinTestData.Today, CheckinTestData.Today, CancellationToken.None));
        Assert.Equal(typed, entry.Text);
    }

    [Fact]
    public async Task Reading_sealed_text_with_the_wrong_key_or_none_fails_without_showing_it()
    {
        await using var database = new TempDatabase(PrivacyTestData.NewKey());
        var checkins = await database.CheckinsAsync();
        await checkins.AddReflectionAsync(
            PrivacyTestData.Ada, null, CheckinTestData.Today, null, PrivacyTestData.Reflection, database.Time.GetUtcNow(), CancellationToken.None);

        foreach (var key in new[] { PrivacyTestData.NewKey(), null })
        {
            var other = new CheckinRepository(database.Connections, TempDatabase.SealerWith(key));
            var error = await Assert.ThrowsAsync<SealedDataException>(() => other.GetEntriesAsync(
                PrivacyTestData.Ada, CheckinTestData.Today, CheckinTestData.Today, CancellationToken.None));
            Assert.Contains("Storage:EncryptionKey", error.Message, StringComparison.Ordinal);
            // Neither the configured key nor the stored value (which an attacker could try offline) is repeated.
            var everything = error.ToString();
            Assert.DoesNotContain(database.EncryptionKey!, everything, StringComparison.Ordinal);
            if (key is not null)
            {
                Assert.DoesNotContain(key, everything, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(await StoredTextAsync(database), everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Clear_rows_written_before_a_key_was_set_still_read()
    {
        await using var database = new TempDatabase();
        var clear = await database.CheckinsAsync();
        await clear.AddReflectionAsync(
            PrivacyTestData.Ada, null, CheckinTestData.Today, null, "written before the key", database.Time.GetUtcNow(), CancellationToken.None);

        var keyed = new CheckinRepository(database.Connections, TempDatabase.SealerWith(PrivacyTestData.NewKey()));
        await keyed.AddReflectionAsync(
            PrivacyTestData.Ada, null, CheckinTestData.Today, null, "written after", database.Time.GetUtcNow(), CancellationToken.None);

        var entries = await keyed.GetEntriesAsync(PrivacyTestData.Ada, CheckinTestData.Today, CheckinTestData.Today, CancellationToken.None);
        Assert.Equal(["written before the key", "written after"], entries.Select(entry => entry.Text));
    }

    [Fact]
    public async Task A_sealed_reflection_moved_to_another_persons_row_fails_to_open()
    {
        await using var database = new TempDatabase(PrivacyTestData.NewKey());
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.AddReflectionAsync(PrivacyTestData.Ada, null, CheckinTestData.Today, null, PrivacyTestData.Reflection, now, CancellationToken.None);
        await checkins.AddReflectionAsync(PrivacyTestData.Ben, null, CheckinTestData.Today, null, "Ben's own words", now, CancellationToken.None);

        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                UPDATE checkin_entries SET text = (SELECT text FROM checkin_entries WHERE user_id = @Ada)
                WHERE user_id = @Ben;
                """, new { Ada = PrivacyTestData.Ada.ToString(CultureInfo.InvariantCulture), Ben = PrivacyTestData.Ben.ToString(CultureInfo.InvariantCulture) });
        }

        await Assert.ThrowsAsync<SealedDataException>(() => checkins.GetEntriesAsync(
            PrivacyTestData.Ben, CheckinTestData.Today, CheckinTestData.Today, CancellationToken.None));
        Assert.Single(await checkins.GetEntriesAsync(PrivacyTestData.Ada, CheckinTestData.Today, CheckinTestData.Today, CancellationToken.None));
    }

    [Fact]
    public async Task Quiz_answers_round_trip_sealed_and_keep_their_length_rules()
    {
        await using var database = new TempDatabase(PrivacyTestData.NewKey());
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var quizzes = new QuizRepository(database.Connections, database.Sealer);
        var now = database.Time.GetUtcNow();
        var started = await quizzes.StartShortAsync(QuizTestData.Ada, now);

        Assert.True(await quizzes.SaveProgressAsync(QuizTestData.Ada, started.Version, [5, 2], now, CancellationToken.None));
        var session = await quizzes.GetSessionAsync(QuizTestData.Ada, CancellationToken.None);
        Assert.Equal([5, 2], session!.Answers);
        Assert.StartsWith(TextSealer.Prefix, await RawAsync(database, "quiz_sessions"), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => quizzes.SaveProgressAsync(
            QuizTestData.Ada, session.Version, [1, 2, 3, 4, 5], now, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => quizzes.CompleteAsync(
            QuizTestData.Ada, session.Version, [1, 2, 3], QuizTestData.Scores, now, CancellationToken.None));

        var resultId = await quizzes.CompleteAsync(QuizTestData.Ada, session.Version, QuizTestData.AllAnswers, QuizTestData.Scores, now, CancellationToken.None);

        var result = await quizzes.FindResultAsync(QuizTestData.Ada, resultId!.Value, CancellationToken.None);
        Assert.Equal(QuizTestData.AllAnswers, result!.Answers);
        Assert.StartsWith(TextSealer.Prefix, await RawAsync(database, "quiz_results"), StringComparison.Ordinal);
    }

    private static async Task<string> RawAsync(TempDatabase database, string table)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleAsync<string>($"SELECT answers FROM {table};");
    }

    private static async Task<string> StoredTextAsync(TempDatabase database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT text FROM checkin_entries WHERE kind = 'reflection';") ?? "";
    }
}

using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Protection;
using ReflectBot.Data.Safety;
using ReflectBot.Data.Tests.Checkins;
using ReflectBot.Data.Tests.Privacy;

namespace ReflectBot.Data.Tests.Protection;

public sealed class SealingGuardTests
{
    [Fact]
    public async Task Setting_a_key_later_encrypts_the_text_already_stored_in_clear()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        await database.FillEveryFeatureAsync(PrivacyTestData.Ada);
        var key = PrivacyTestData.NewKey();
        var sealer = TempDatabase.SealerWith(key);

        await Guard(database, sealer).EnsureAsync(CancellationToken.None);

        Assert.False(DatabaseFiles.Contain(database.DatabasePath, PrivacyTestData.Reflection));
        Assert.False(DatabaseFiles.Contain(database.DatabasePath, "a long walk"));
        await using (var connection = await database.OpenAsync())
        {
            foreach (var column in SealedColumns.All)
            {
                var (table, name) = (column[..column.IndexOf('.', StringComparison.Ordinal)], column[(column.IndexOf('.', StringComparison.Ordinal) + 1)..]);
                var clear = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE {name} IS NOT NULL AND {name} NOT GLOB 'sealed:v1:*';");
                Assert.True(clear == 0, $"{column} still holds {clear} clear value(s)");
            }
        }

        var entries = await new CheckinRepository(database.Connections, sealer).GetEntriesAsync(
            PrivacyTestData.Ada, CheckinTestData.Today, CheckinTestData.Tomorrow, CancellationToken.None);
        Assert.Contains(entries, entry => entry.Text == PrivacyTestData.Reflection);
        var plan = await new SafetyPlanRepository(database.Connections, sealer).GetAsync(PrivacyTestData.Ada, CancellationToken.None);
        Assert.Equal("a long walk", plan?.Calming);
    }

    [Fact]
    public async Task A_different_key_is_refused_at_start_without_repeating_either_key()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var first = PrivacyTestData.NewKey();
        await Guard(database, TempDatabase.SealerWith(first)).EnsureAsync(CancellationToken.None);
        var second = PrivacyTestData.NewKey();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Guard(database, TempDatabase.SealerWith(second)).EnsureAsync(CancellationToken.None));

        Assert.Contains("Storage:EncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(first, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(second, error.ToString(), StringComparison.Ordinal);
        await Guard(database, TempDatabase.SealerWith(first)).EnsureAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Starting_without_the_key_after_text_was_encrypted_is_refused()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        await Guard(database, TempDatabase.SealerWith(PrivacyTestData.NewKey())).EnsureAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Guard(database, TempDatabase.SealerWith(null)).EnsureAsync(CancellationToken.None));

        Assert.Contains("Storage:EncryptionKey is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_key_on_a_database_never_encrypted_nothing_changes()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        await database.FillEveryFeatureAsync(PrivacyTestData.Ada);

        await Guard(database, TempDatabase.SealerWith(null)).EnsureAsync(CancellationToken.None);
        await Guard(database, TempDatabase.SealerWith(null)).EnsureAsync(CancellationToken.None);

        Assert.True(DatabaseFiles.Contain(database.DatabasePath, PrivacyTestData.Reflection));
        await using var connection = await database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM storage_settings;"));
    }

    private static SealingGuard Guard(TempDatabase database, TextSealer sealer)
        => new(database.Connections, sealer, NullLogger<SealingGuard>.Instance);
}

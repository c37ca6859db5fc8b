using System.Globalization;
using Dapper;
using ReflectBot.Data.Users;

namespace ReflectBot.Data.Tests.Users;

public sealed class UserRepositoryTests
{
    private const ulong UserId = 1_234_567_890_123_456_789;

    [Fact]
    public async Task Ensuring_a_user_twice_keeps_one_row_with_the_first_time()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var users = new UserRepository(database.Connections);
        var first = database.Time.GetUtcNow();

        await users.EnsureAsync(UserId, first, CancellationToken.None);
        await users.EnsureAsync(UserId, first.AddDays(1), CancellationToken.None);

        Assert.Equal(new StoredUser(UserId, first), await users.FindAsync(UserId, CancellationToken.None));
        await using var connection = await database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM users;"));
    }

    [Fact]
    public async Task Ids_and_times_are_stored_as_decimal_and_round_trip_utc_text()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var users = new UserRepository(database.Connections);

        await users.EnsureAsync(ulong.MaxValue, new DateTimeOffset(2026, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)), CancellationToken.None);

        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string UserId, string CreatedAt)>("SELECT user_id, created_at FROM users;");
        Assert.Equal(("18446744073709551615", "2026-01-02T03:04:05.0000000Z"), row);
    }

    [Fact]
    public async Task Deleting_a_user_removes_every_row_that_references_them()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var users = new UserRepository(database.Connections);
        await users.EnsureAsync(UserId, database.Time.GetUtcNow(), CancellationToken.None);
        await users.EnsureAsync(UserId + 1, database.Time.GetUtcNow(), CancellationToken.None);
        await using (var setup = await database.OpenAsync())
        {
            // Stands in for the per-user tables later features add, which follow the same rule.
            await setup.ExecuteAsync("""
                CREATE TABLE journal_entries (
                    user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
                    text TEXT NOT NULL);
                INSERT INTO journal_entries VALUES (@Deleted, 'a'), (@Deleted, 'b'), (@Kept, 'c');
                """, new { Deleted = UserId.ToString(CultureInfo.InvariantCulture), Kept = (UserId + 1).ToString(CultureInfo.InvariantCulture) });
        }

        Assert.True(await users.DeleteAsync(UserId, CancellationToken.None));

        await using var connection = await database.OpenAsync();
        Assert.Equal(["c"], await connection.QueryAsync<string>("SELECT text FROM journal_entries;"));
        Assert.Null(await users.FindAsync(UserId, CancellationToken.None));
        Assert.NotNull(await users.FindAsync(UserId + 1, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_an_unknown_user_reports_that_nothing_was_there()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var users = new UserRepository(database.Connections);

        Assert.False(await users.DeleteAsync(UserId, CancellationToken.None));
    }
}

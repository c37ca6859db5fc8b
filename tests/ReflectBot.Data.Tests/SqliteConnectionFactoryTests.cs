using Dapper;

namespace ReflectBot.Data.Tests;

public sealed class SqliteConnectionFactoryTests
{
    [Fact]
    public async Task Foreign_keys_are_enforced_on_every_connection()
    {
        await using var database = new TempDatabase();
        await using (var setup = await database.OpenAsync())
        {
            await setup.ExecuteAsync("""
                CREATE TABLE parent (id INTEGER PRIMARY KEY);
                CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id));
                """);
        }

        // Several opens in a row reuse pooled connections, which must not lose the setting.
        for (var i = 0; i < 3; i++)
        {
            await using var connection = await database.OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys;"));
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
                () => connection.ExecuteAsync("INSERT INTO child (parent_id) VALUES (42);"));
        }
    }

    [Fact]
    public async Task Connections_opened_after_the_pool_is_cleared_get_the_settings_too()
    {
        await using var database = new TempDatabase();
        await using (var first = await database.OpenAsync())
        {
            Assert.Equal(5000, await first.ExecuteScalarAsync<int>("PRAGMA busy_timeout;"));
        }

        // Settings are applied once per SQLite handle; clearing the pool closes the handles, so the next open is new.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var fresh = await database.OpenAsync();

        Assert.Equal(
            (1, 5000, 1, 1),
            (await fresh.ExecuteScalarAsync<int>("PRAGMA foreign_keys;"), await fresh.ExecuteScalarAsync<int>("PRAGMA busy_timeout;"),
                await fresh.ExecuteScalarAsync<int>("PRAGMA secure_delete;"), await fresh.ExecuteScalarAsync<int>("PRAGMA synchronous;")));
    }

    [Fact]
    public async Task The_database_file_uses_write_ahead_logging()
    {
        await using var database = new TempDatabase();

        await using var connection = await database.OpenAsync();

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Every_connection_waits_the_configured_busy_timeout()
    {
        await using var database = new TempDatabase();

        await using var first = await database.OpenAsync();
        await using var second = await database.OpenAsync();

        Assert.Equal(5000, await first.ExecuteScalarAsync<int>("PRAGMA busy_timeout;"));
        Assert.Equal(5000, await second.ExecuteScalarAsync<int>("PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task Every_connection_commits_without_waiting_for_the_disk_as_wal_allows()
    {
        await using var database = new TempDatabase();
        await using var first = await database.OpenAsync();
        await using var second = await database.OpenAsync();

        // 1 = NORMAL: synced at checkpoints, not at every commit (2 = FULL, SQLite's default).
        Assert.Equal(1, await first.ExecuteScalarAsync<int>("PRAGMA synchronous;"));
        Assert.Equal(1, await second.ExecuteScalarAsync<int>("PRAGMA synchronous;"));
    }

    [Fact]
    public async Task A_missing_folder_for_the_database_is_created()
    {
        await using var database = new TempDatabase();

        await using var connection = await database.OpenAsync();

        Assert.True(File.Exists(database.Connections.DatabasePath));
    }
}

using Dapper;
using ReflectBot.Data.Migrations;

namespace ReflectBot.Data.Tests.Migrations;

public sealed class DatabaseMigratorTests
{
    private static readonly IReadOnlyList<Migration> Known = new EmbeddedMigrationSource().GetMigrations();

    [Fact]
    public async Task Fresh_and_upgraded_databases_end_with_the_same_schema()
    {
        await using var fresh = new TempDatabase();
        await using var upgraded = new TempDatabase();

        await fresh.Migrator().MigrateAsync(CancellationToken.None);
        foreach (var migration in Known)
        {
            Assert.Equal(1, await upgraded.Migrator().MigrateAsync(migration.Version, CancellationToken.None));
        }

        Assert.Equal(0, await upgraded.Migrator().MigrateAsync(CancellationToken.None));
        await using var freshConnection = await fresh.OpenAsync();
        await using var upgradedConnection = await upgraded.OpenAsync();
        var freshSchema = await SchemaSnapshot.DescribeAsync(freshConnection);
        Assert.Contains("table users", freshSchema, StringComparison.Ordinal);
        Assert.Equal(freshSchema, await SchemaSnapshot.DescribeAsync(upgradedConnection));
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        await using var database = new TempDatabase();

        var first = await database.Migrator().MigrateAsync(CancellationToken.None);
        var second = await database.Migrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(Known.Count, first);
        Assert.Equal(0, second);
        await using var connection = await database.OpenAsync();
        var recorded = await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version;");
        Assert.Equal(Known.Select(m => m.Version), recorded);
    }

    [Fact]
    public async Task Each_applied_migration_is_recorded_with_its_name_and_the_time_from_the_clock()
    {
        await using var database = new TempDatabase();

        await database.Migrator().MigrateAsync(CancellationToken.None);

        await using var connection = await database.OpenAsync();
        var first = await connection.QuerySingleAsync<(string Name, string AppliedAt)>(
            "SELECT name, applied_at FROM schema_migrations WHERE version = 1;");
        Assert.Equal("users_and_guilds", first.Name);
        Assert.Equal("2026-03-14T09:26:53.0000000Z", first.AppliedAt);
    }

    [Fact]
    public async Task A_failing_migration_rolls_back_whole_and_records_nothing()
    {
        await using var database = new TempDatabase();
        var source = new ListMigrationSource(
            new Migration(1, "first", "CREATE TABLE first_table (id INTEGER PRIMARY KEY);"),
            new Migration(2, "broken", """
                CREATE TABLE half_done (id INTEGER PRIMARY KEY);
                INSERT INTO first_table (id) VALUES (1);
                INSERT INTO no_such_table (id) VALUES (1);
                """));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => database.Migrator(source).MigrateAsync(CancellationToken.None));

        Assert.Contains("0002_broken", failure.Message, StringComparison.Ordinal);
        await using var connection = await database.OpenAsync();
        Assert.Equal([1], await connection.QueryAsync<int>("SELECT version FROM schema_migrations;"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done';"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM first_table;"));
    }

    [Fact]
    public async Task A_database_newer_than_the_code_is_refused_with_a_plain_message()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'from_the_future', 'x');");
        }

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => database.Migrator().MigrateAsync(CancellationToken.None));

        Assert.Contains("schema version 9999", refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"only knows versions up to {Known[^1].Version}", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_to_a_target_version_stops_there()
    {
        await using var database = new TempDatabase();
        var source = new ListMigrationSource(
            new Migration(1, "one", "CREATE TABLE one (id INTEGER PRIMARY KEY);"),
            new Migration(2, "two", "CREATE TABLE two (id INTEGER PRIMARY KEY);"));

        Assert.Equal(1, await database.Migrator(source).MigrateAsync(1, CancellationToken.None));

        await using var connection = await database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'two';"));
        Assert.Equal(1, await database.Migrator(source).MigrateAsync(CancellationToken.None));
    }

    [Fact]
    public void Embedded_migrations_are_numbered_from_one_without_gaps()
    {
        Assert.NotEmpty(Known);
        Assert.Equal(Enumerable.Range(1, Known.Count), Known.Select(m => m.Version));
    }
}

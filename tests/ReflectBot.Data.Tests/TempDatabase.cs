using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Migrations;

namespace ReflectBot.Data.Tests;

/// <summary>A database file in its own temporary folder, removed with everything SQLite left beside it.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reflectbot-tests-" + Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Connections = new SqliteConnectionFactory(Options.Create(new StorageOptions
        {
            // A subfolder that does not exist yet also proves the factory creates it.
            DatabasePath = Path.Combine(_folder, "nested", "test.db"),
        }));
    }

    public SqliteConnectionFactory Connections { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero));

    public DatabaseMigrator Migrator(IMigrationSource? source = null) =>
        new(Connections, source ?? new EmbeddedMigrationSource(), Time, NullLogger<DatabaseMigrator>.Instance);

    public async Task<SqliteConnection> OpenAsync() => await Connections.OpenAsync(CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        Connections.Dispose();
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}

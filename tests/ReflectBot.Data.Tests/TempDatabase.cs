using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Migrations;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Tests;

/// <summary>A database file in its own temporary folder, removed with everything SQLite left beside it.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reflectbot-tests-" + Guid.NewGuid().ToString("N"));

    /// <param name="encryptionKey">Base64 of 32 bytes to seal personal text with, or null to store it in clear.</param>
    public TempDatabase(string? encryptionKey = null)
    {
        // A subfolder that does not exist yet also proves the factory creates it.
        DatabasePath = Path.Combine(_folder, "nested", "test.db");
        Connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DatabasePath = DatabasePath }));
        EncryptionKey = encryptionKey;
        Sealer = SealerWith(encryptionKey);
    }

    /// <summary>The key the database was made with, or null.</summary>
    public string? EncryptionKey { get; }

    public string DatabasePath { get; }

    public SqliteConnectionFactory Connections { get; }

    /// <summary>Seals with the key the database was made with (none by default).</summary>
    public TextSealer Sealer { get; }

    public static TextSealer SealerWith(string? encryptionKey) =>
        new(Options.Create(new StorageOptions { EncryptionKey = encryptionKey }));

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

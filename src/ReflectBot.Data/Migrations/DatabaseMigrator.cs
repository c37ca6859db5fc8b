using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Migrations;

/// <summary>Brings the database schema up to the version this build knows, one transaction per migration.</summary>
public sealed partial class DatabaseMigrator(
    SqliteConnectionFactory connections,
    IMigrationSource source,
    TimeProvider time,
    ILogger<DatabaseMigrator> logger)
{
    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    /// <summary>Applies every pending migration; returns how many were applied.</summary>
    public Task<int> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateAsync(LatestKnownVersion(), cancellationToken);

    /// <summary>Applies pending migrations up to and including <paramref name="targetVersion"/>.</summary>
    public async Task<int> MigrateAsync(int targetVersion, CancellationToken cancellationToken)
    {
        var migrations = source.GetMigrations();
        var latestKnown = LatestKnownVersion();

        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateHistoryTable, cancellationToken: cancellationToken));

        var current = await CurrentVersionAsync(connection, cancellationToken);
        if (current > latestKnown)
        {
            throw new InvalidOperationException(
                $"The database at '{connections.DatabasePath}' has schema version {current}, but this build of " +
                $"ReflectBot only knows versions up to {latestKnown}. It was written by a newer build; run that " +
                "build or restore a backup made by this one. Nothing was changed.");
        }

        var applied = 0;
        foreach (var migration in migrations.Where(m => m.Version <= targetVersion))
        {
            if (await ApplyAsync(connection, migration, cancellationToken))
            {
                applied++;
            }
        }

        var reached = await CurrentVersionAsync(connection, cancellationToken);
        LogUpToDate(logger, reached, applied);
        return applied;
    }

    private int LatestKnownVersion()
    {
        var migrations = source.GetMigrations();
        return migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
    }

    private async Task<bool> ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock first, so two starting processes cannot both apply a step.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var alreadyApplied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version;",
            new { migration.Version },
            transaction,
            cancellationToken: cancellationToken));
        if (alreadyApplied > 0)
        {
            return false;
        }

        LogApplying(logger, migration.Version, migration.Name);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
        }
        catch (SqliteException exception)
        {
            throw new InvalidOperationException(
                $"Migration {migration.Version:D4}_{migration.Name} failed and was rolled back: {exception.Message}",
                exception);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);",
            new
            {
                migration.Version,
                migration.Name,
                AppliedAt = time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT MAX(version) FROM schema_migrations;",
            cancellationToken: cancellationToken)) ?? 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying database migration {Version} ({Name})")]
    private static partial void LogApplying(ILogger logger, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is at version {Version}; {Applied} migration(s) applied")]
    private static partial void LogUpToDate(ILogger logger, int version, int applied);
}

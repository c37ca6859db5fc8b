using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Protection;

/// <summary>
/// Runs at start, after migrations. Refuses a key other than the one the database was sealed with, and refuses to
/// run with no key once text has been sealed, so keys are never mixed and nothing new is quietly written in clear.
/// With a key, it seals any text still stored in clear (written before the key was set), so "encrypted at rest"
/// holds for old rows too.
/// </summary>
public sealed partial class SealingGuard(SqliteConnectionFactory connections, TextSealer sealer, ILogger<SealingGuard> logger)
{
    private const string KeyCheckName = "key_check";
    private const string KeyCheckPurpose = "storage_settings.key_check";
    private const string KeyCheckText = "ReflectBot key check";

    /// <summary>Checks the key against the database and seals clear rows; throws with a clear message when they do not match.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var check = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM storage_settings WHERE name = @Name;", new { Name = KeyCheckName }, transaction, cancellationToken: cancellationToken));

        if (!sealer.IsEnabled)
        {
            if (check is not null)
            {
                throw new InvalidOperationException(
                    $"This database holds encrypted text, but {EncryptionKey.Setting} is not set. Set it to the key the data " +
                    "was written with; without it, encrypted text cannot be read and new text would be stored in clear.");
            }

            return;
        }

        if (check is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO storage_settings (name, value) VALUES (@Name, @Value);",
                new { Name = KeyCheckName, Value = sealer.Seal(KeyCheckText, KeyCheckPurpose) },
                transaction,
                cancellationToken: cancellationToken));
        }
        else
        {
            EnsureSameKey(check);
        }

        var sealedRows = 0;
        foreach (var column in SealedColumns.All)
        {
            sealedRows += await SealClearRowsAsync(connection, transaction, column, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (sealedRows > 0)
        {
            // The clear copies may still sit in the WAL; move them out of it.
            await connections.CheckpointAsync(cancellationToken);
            LogSealedOldRows(sealedRows);
        }
    }

    private void EnsureSameKey(string check)
    {
        try
        {
            sealer.Open(check, KeyCheckPurpose);
        }
        catch (SealedDataException exception)
        {
            throw new InvalidOperationException(
                $"{EncryptionKey.Setting} is not the key this database was encrypted with. Set the original key; " +
                "nothing was read or written.",
                exception);
        }
    }

    private async Task<int> SealClearRowsAsync(SqliteConnection connection, SqliteTransaction transaction, string column, CancellationToken cancellationToken)
    {
        var dot = column.IndexOf('.', StringComparison.Ordinal);
        var table = column[..dot];
        var name = column[(dot + 1)..];
        // Names come from SealedColumns, a fixed list in this assembly, never from input.
        var select = $"SELECT rowid AS RowId, user_id AS UserId, {name} AS Value FROM {table} WHERE {name} IS NOT NULL AND {name} NOT GLOB 'sealed:v1:*';";
        var update = $"UPDATE {table} SET {name} = @Value WHERE rowid = @RowId;";
        var rows = (await connection.QueryAsync<ClearRow>(new CommandDefinition(select, transaction: transaction, cancellationToken: cancellationToken))).ToList();
        foreach (var row in rows)
        {
            var purpose = SealedColumns.Purpose(column, row.UserId);
            var value = sealer.Seal(sealer.Open(row.Value, purpose), purpose);
            await connection.ExecuteAsync(new CommandDefinition(update, new { Value = value, row.RowId }, transaction, cancellationToken: cancellationToken));
        }

        return rows.Count;
    }

    private sealed record ClearRow(long RowId, string UserId, string Value);

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} stored text value(s) that were written before the encryption key was set")]
    private partial void LogSealedOldRows(int count);
}

using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Privacy;

/// <summary>
/// A person's own data, wherever it is stored: every table with a user_id column, found by walking the schema,
/// so a table added later is exported and deleted without anyone remembering to list it.
/// </summary>
public sealed class UserDataRepository(SqliteConnectionFactory connections, TextSealer sealer, TimeProvider time)
{
    /// <summary>Every row the person owns, table by table, with sealed text opened.</summary>
    /// <exception cref="SealedDataException">Some of their text is sealed and the key is missing or wrong.</exception>
    public async Task<UserDataExport> ExportAsync(ulong userId, CancellationToken cancellationToken)
    {
        var owner = DbValues.Id(userId);
        await using var connection = await connections.OpenAsync(cancellationToken);
        // One read transaction, so the export is a single consistent moment.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var tables = new SortedDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var table in await OwnedTables.ChildrenFirstAsync(connection, transaction, OwnedTables.UserColumn, cancellationToken))
        {
            tables[table] = await ReadRowsAsync(connection, transaction, table, owner, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new UserDataExport(time.GetUtcNow(), userId, tables);
    }

    /// <summary>
    /// Deletes every row the person owns in one transaction, children before parents and users last, so each
    /// table's count is what was removed from it.
    /// </summary>
    public async Task<UserDataDeletion> DeleteAsync(ulong userId, CancellationToken cancellationToken)
    {
        var rows = await OwnedRows.DeleteAsync(connections, OwnedTables.UserColumn, DbValues.Id(userId), cancellationToken);
        return new UserDataDeletion(rows);
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadRowsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, string owner, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT * FROM {OwnedTables.Quote(table)} WHERE {OwnedTables.UserColumn} = $owner ORDER BY rowid;";
        command.Parameters.AddWithValue("$owner", owner);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new Dictionary<string, object?>(reader.FieldCount, StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var column = reader.GetName(i);
                row[column] = ExportValue(table, column, reader.IsDBNull(i) ? null : reader.GetValue(i), owner);
            }

            rows.Add(row);
        }

        return rows;
    }

    private object? ExportValue(string table, string column, object? value, string owner) => value switch
    {
        string text when SealedColumns.Contains(table, column) => sealer.Open(text, SealedColumns.Purpose(table + "." + column, owner)),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => value,
    };
}

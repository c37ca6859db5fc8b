using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Privacy;

/// <summary>Deletes everything one owner (a person or a server) has, in one transaction, table by table.</summary>
internal static class OwnedRows
{
    public static async Task<IReadOnlyDictionary<string, int>> DeleteAsync(
        SqliteConnectionFactory connections, string ownerColumn, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is held from the schema walk to the last delete.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var rowsByTable = new Dictionary<string, int>(StringComparer.Ordinal);
        // Children first, so cascades never remove rows before they are counted; the root table comes last.
        foreach (var table in await OwnedTables.ChildrenFirstAsync(connection, transaction, ownerColumn, cancellationToken))
        {
            var sql = $"DELETE FROM {OwnedTables.Quote(table)} WHERE {OwnedTables.Quote(ownerColumn)} = @Owner;";
            rowsByTable[table] = await connection.ExecuteAsync(new CommandDefinition(
                sql, new { Owner = owner }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        await connections.CheckpointAsync(cancellationToken);
        return rowsByTable;
    }
}

using Dapper;
using Microsoft.Data.Sqlite;

namespace ReflectBot.Data.Privacy;

/// <summary>
/// Walks the live schema for every table with an owner column (user_id or guild_id), so export and deletion
/// can never miss a table added later. The order puts children before the tables they reference.
/// </summary>
internal static class OwnedTables
{
    public const string UserColumn = "user_id";
    public const string GuildColumn = "guild_id";

    /// <summary>The tables that have <paramref name="ownerColumn"/>, each before any table it references.</summary>
    public static async Task<IReadOnlyList<string>> ChildrenFirstAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string ownerColumn, CancellationToken cancellationToken)
    {
        const string tablesSql = """
            SELECT t.name FROM sqlite_schema AS t
            WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%'
              AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) AS c WHERE c.name = @Column)
            ORDER BY t.name;
            """;
        const string referencesSql = "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(@Table);";
        var tables = (await connection.QueryAsync<string>(new CommandDefinition(
            tablesSql, new { Column = ownerColumn }, transaction, cancellationToken: cancellationToken))).ToList();

        var references = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var parents = await connection.QueryAsync<string>(new CommandDefinition(
                referencesSql, new { Table = table }, transaction, cancellationToken: cancellationToken));
            references[table] = parents.Where(parent => parent != table && tables.Contains(parent)).ToHashSet(StringComparer.Ordinal);
        }

        // Repeatedly take the tables no remaining table references: those are the children.
        var ordered = new List<string>(tables.Count);
        var remaining = new List<string>(tables);
        while (remaining.Count > 0)
        {
            var leaves = remaining.Where(table => !remaining.Any(other => references[other].Contains(table))).ToList();
            if (leaves.Count == 0)
            {
                throw new InvalidOperationException("The tables' foreign keys form a cycle; they cannot be ordered children first.");
            }

            ordered.AddRange(leaves);
            remaining.RemoveAll(leaves.Contains);
        }

        return ordered;
    }

    /// <summary>The column names of a table, in schema order.</summary>
    public static async Task<IReadOnlyList<string>> ColumnsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        const string sql = "SELECT name FROM pragma_table_info(@Table) ORDER BY cid;";
        var columns = await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { Table = table }, transaction, cancellationToken: cancellationToken));
        return columns.ToList();
    }

    /// <summary>Quotes a name read from the schema for use as an identifier.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

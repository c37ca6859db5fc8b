using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ReflectBot.Data.Tests.Migrations;

/// <summary>
/// A text description of every schema object, its columns, foreign keys and indexes: two databases
/// with equal snapshots have the same schema, however many migrations exist.
/// </summary>
internal static class SchemaSnapshot
{
    public static async Task<string> DescribeAsync(SqliteConnection connection)
    {
        var text = new StringBuilder();
        var objects = await connection.QueryAsync<(string Type, string Name, string TableName, string? Sql)>(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name;");
        foreach (var item in objects)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{item.Type} {item.Name} on {item.TableName}: {item.Sql}");
        }

        var tables = objects.Where(o => o.Type == "table").Select(o => o.Name);
        foreach (var table in tables)
        {
            await AppendPragmaAsync(connection, text, "table_info", table);
            await AppendPragmaAsync(connection, text, "foreign_key_list", table);
            await AppendPragmaAsync(connection, text, "index_list", table);
        }

        return text.ToString();
    }

    private static async Task AppendPragmaAsync(SqliteConnection connection, StringBuilder text, string pragma, string table)
    {
        await using var command = connection.CreateCommand();
        // Table names come from sqlite_master of a test database, quoted as identifiers.
        command.CommandText = $"SELECT * FROM pragma_{pragma}('{table.Replace("'", "''", StringComparison.Ordinal)}');";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount)
                .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : reader.GetValue(i))}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {table} {pragma}: {string.Join(", ", values)}");
        }
    }
}

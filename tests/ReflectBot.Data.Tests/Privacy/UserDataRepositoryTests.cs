using System.Globalization;
using System.Text.Json;
using Dapper;
using ReflectBot.Data.Privacy;

namespace ReflectBot.Data.Tests.Privacy;

public sealed class UserDataRepositoryTests
{
    [Fact]
    public async Task Export_with_a_key_holds_every_user_table_in_plaintext()
    {
        await using var database = new TempDatabase(PrivacyTestData.NewKey());
        await database.Migrator().MigrateAsync(CancellationToken.None);
        await database.FillEveryFeatureAsync(PrivacyTestData.Ada);
        await database.FillEveryFeatureAsync(PrivacyTestData.Ben);

        var export = await Repository(database).ExportAsync(PrivacyTestData.Ada, CancellationToken.None);

        Assert.Equal(await UserTablesAsync(database), export.Tables.Keys.Order(StringComparer.Ordinal));
        Assert.All(export.Tables, table => Assert.NotEmpty(table.Value));
        var adaId = PrivacyTestData.Ada.ToString(CultureInfo.InvariantCulture);
        Assert.All(export.Tables.Values.SelectMany(rows => rows), row => Assert.Equal(adaId, row["user_id"]));
        Assert.Contains(export.Tables["checkin_entries"], row => Equals(row["text"], PrivacyTestData.Reflection));
        Assert.Equal("[5,2,7,1]", Assert.Single(export.Tables["quiz_results"])["answers"]);
        Assert.Equal("my sister", Assert.Single(export.Tables["safety_plans"])["contacts"]);

        using var json = JsonDocument.Parse(export.ToJson());
        var root = json.RootElement;
        Assert.Equal("reflectbot-user-data", root.GetProperty("format").GetString());
        Assert.Equal(UserDataExport.FormatVersion, root.GetProperty("version").GetInt32());
        Assert.Equal("2026-03-14T09:26:53.0000000Z", root.GetProperty("exported_at").GetString());
        Assert.Equal(adaId, root.GetProperty("user_id").GetString());
        Assert.Contains(PrivacyTestData.Reflection, json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_every_trace_of_the_person_and_keeps_everyone_else()
    {
        await using var database = new TempDatabase(PrivacyTestData.NewKey());
        await database.Migrator().MigrateAsync(CancellationToken.None);
        await database.FillEveryFeatureAsync(PrivacyTestData.Ada);
        await database.FillEveryFeatureAsync(PrivacyTestData.Ben);
        var repository = Repository(database);
        var benBefore = await repository.ExportAsync(PrivacyTestData.Ben, CancellationToken.None);
        var adaRowsBefore = (await repository.ExportAsync(PrivacyTestData.Ada, CancellationToken.None)).Tables
            .ToDictionary(pair => pair.Key, pair => pair.Value.Count, StringComparer.Ordinal);

        var deletion = await repository.DeleteAsync(PrivacyTestData.Ada, CancellationToken.None);

        Assert.Equal(adaRowsBefore, deletion.RowsByTable);
        Assert.Equal(adaRowsBefore.Values.Sum(), deletion.Total);
        Assert.Empty(await TablesAndColumnsHoldingAsync(database, PrivacyTestData.Ada.ToString(CultureInfo.InvariantCulture)));
        var benAfter = await repository.ExportAsync(PrivacyTestData.Ben, CancellationToken.None);
        Assert.Equal(Rows(benBefore), Rows(benAfter));
    }

    [Fact]
    public async Task Deleting_someone_with_no_data_removes_nothing()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);

        var deletion = await Repository(database).DeleteAsync(PrivacyTestData.Ada, CancellationToken.None);

        Assert.Equal(0, deletion.Total);
        Assert.Contains("users", deletion.RowsByTable.Keys);
    }

    [Fact]
    public async Task The_export_document_describes_every_user_table_and_column()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var document = await File.ReadAllTextAsync(FindDocument("docs/data-export.md"));
        await using var connection = await database.OpenAsync();

        var missing = new List<string>();
        foreach (var table in await UserTablesAsync(database))
        {
            if (!document.Contains($"### `{table}`", StringComparison.Ordinal))
            {
                missing.Add(table);
            }

            var columns = await connection.QueryAsync<string>("SELECT name FROM pragma_table_info(@Table);", new { Table = table });
            missing.AddRange(columns.Where(column => !document.Contains($"`{table}.{column}`", StringComparison.Ordinal)).Select(column => $"{table}.{column}"));
        }

        Assert.Empty(missing);
    }

    private static UserDataRepository Repository(TempDatabase database) => new(database.Connections, database.Sealer, database.Time);

    private static async Task<List<string>> UserTablesAsync(TempDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var tables = await connection.QueryAsync<string>("""
            SELECT t.name FROM sqlite_schema AS t
            WHERE t.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) AS c WHERE c.name = 'user_id')
            """);
        return tables.Order(StringComparer.Ordinal).ToList();
    }

    // Every column of every table, searched for the value: nothing may still name the person.
    private static async Task<List<string>> TablesAndColumnsHoldingAsync(TempDatabase database, string value)
    {
        await using var connection = await database.OpenAsync();
        var found = new List<string>();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_schema WHERE type = 'table';");
        foreach (var table in tables)
        {
            foreach (var column in await connection.QueryAsync<string>("SELECT name FROM pragma_table_info(@Table);", new { Table = table }))
            {
                var count = await connection.ExecuteScalarAsync<long>(
                    $"SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) = @Value;", new { Value = value });
                if (count > 0)
                {
                    found.Add($"{table}.{column}");
                }
            }
        }

        return found;
    }

    private static string Rows(UserDataExport export) =>
        string.Join('\n', export.Tables.Select(pair => pair.Key + ": " + string.Join(" | ", pair.Value.Select(
            row => string.Join(", ", row.Select(cell => $"{cell.Key}={cell.Value}"))))));

    private static string FindDocument(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Could not find the document above the test folder.", relativePath);
    }
}

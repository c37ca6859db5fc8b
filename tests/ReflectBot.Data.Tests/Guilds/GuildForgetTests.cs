using System.Globalization;
using Dapper;
using ReflectBot.Data.Cards;
using ReflectBot.Data.Guilds;
using ReflectBot.Data.Privacy;
using ReflectBot.Data.Safety;
using ReflectBot.Data.Tests.Privacy;

namespace ReflectBot.Data.Tests.Guilds;

public sealed class GuildForgetTests
{
    [Fact]
    public async Task Forgetting_a_server_removes_its_rows_and_leaves_other_servers_and_peoples_data()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        await database.FillEveryServerFeatureAsync(PrivacyTestData.Guild);
        await database.FillEveryServerFeatureAsync(PrivacyTestData.OtherGuild);
        await database.FillEveryFeatureAsync(PrivacyTestData.Ada);
        var users = new UserDataRepository(database.Connections, database.Sealer, database.Time);
        var adaBefore = (await users.ExportAsync(PrivacyTestData.Ada, CancellationToken.None)).ToJson();
        var guildTables = await GuildTablesAsync(database);

        var forgotten = await new GuildRepository(database.Connections).ForgetAsync(PrivacyTestData.Guild, CancellationToken.None);

        Assert.Equal(guildTables.Count, forgotten);
        foreach (var table in guildTables)
        {
            Assert.Equal(0, await CountForAsync(database, table, PrivacyTestData.Guild));
            Assert.Equal(1, await CountForAsync(database, table, PrivacyTestData.OtherGuild));
        }

        Assert.Equal(adaBefore, (await users.ExportAsync(PrivacyTestData.Ada, CancellationToken.None)).ToJson());
        Assert.Equal("Ask a moderator in #help.", await new GuildSafetyRepository(database.Connections).GetCrisisResourcesAsync(
            PrivacyTestData.OtherGuild, CancellationToken.None));
        Assert.NotNull(await new CardSettingsRepository(database.Connections).GetAsync(PrivacyTestData.OtherGuild, CancellationToken.None));
    }

    [Fact]
    public async Task Forgetting_an_unknown_server_removes_nothing()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(0, await new GuildRepository(database.Connections).ForgetAsync(PrivacyTestData.Guild, CancellationToken.None));
    }

    private static async Task<List<string>> GuildTablesAsync(TempDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var tables = await connection.QueryAsync<string>("""
            SELECT t.name FROM sqlite_schema AS t
            WHERE t.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) AS c WHERE c.name = 'guild_id')
            """);
        return tables.ToList();
    }

    private static async Task<long> CountForAsync(TempDatabase database, string table, ulong guildId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM \"{table}\" WHERE guild_id = @GuildId;", new { GuildId = guildId.ToString(CultureInfo.InvariantCulture) });
    }
}

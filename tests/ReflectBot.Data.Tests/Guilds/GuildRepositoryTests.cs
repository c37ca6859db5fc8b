using System.Globalization;
using Dapper;
using ReflectBot.Data.Guilds;

namespace ReflectBot.Data.Tests.Guilds;

public sealed class GuildRepositoryTests
{
    private const ulong GuildId = 987_654_321_098_765_432;

    [Fact]
    public async Task Ensuring_a_guild_twice_keeps_one_row_with_the_first_time()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var guilds = new GuildRepository(database.Connections);
        var first = database.Time.GetUtcNow();

        await guilds.EnsureAsync(GuildId, first, CancellationToken.None);
        await guilds.EnsureAsync(GuildId, first.AddHours(3), CancellationToken.None);

        Assert.Equal(new StoredGuild(GuildId, first), await guilds.FindAsync(GuildId, CancellationToken.None));
        await using var connection = await database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM guilds;"));
    }

    [Fact]
    public async Task Deleting_a_guild_removes_its_settings_and_reports_it_once()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var guilds = new GuildRepository(database.Connections);
        await guilds.EnsureAsync(GuildId, database.Time.GetUtcNow(), CancellationToken.None);
        await using (var setup = await database.OpenAsync())
        {
            await setup.ExecuteAsync("""
                CREATE TABLE guild_settings (
                    guild_id TEXT NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
                    name TEXT NOT NULL);
                INSERT INTO guild_settings VALUES (@GuildId, 'card_channel');
                """, new { GuildId = GuildId.ToString(CultureInfo.InvariantCulture) });
        }

        Assert.True(await guilds.DeleteAsync(GuildId, CancellationToken.None));
        Assert.False(await guilds.DeleteAsync(GuildId, CancellationToken.None));

        await using var connection = await database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM guild_settings;"));
    }
}

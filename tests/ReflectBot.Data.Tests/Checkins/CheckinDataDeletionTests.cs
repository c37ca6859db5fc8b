using Dapper;
using ReflectBot.Data.Guilds;
using ReflectBot.Data.Reflection;
using ReflectBot.Data.Users;
using static ReflectBot.Data.Tests.Checkins.CheckinTestData;

namespace ReflectBot.Data.Tests.Checkins;

public sealed class CheckinDataDeletionTests
{
    private static readonly string[] PersonalTables =
        ["checkin_subscriptions", "checkin_deliveries", "checkin_entries", "user_prompt_history"];

    private static readonly string[] ServerTables =
        ["guild_reflection_settings", "guild_prompt_posts", "guild_prompt_history"];

    [Fact]
    public async Task Deleting_a_person_leaves_no_row_of_theirs_in_any_check_in_table_and_keeps_everyone_elses()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        foreach (var person in new[] { Ada, Ben })
        {
            var delivery = await checkins.SubscribeAndClaimAsync(person, now);
            await checkins.RecordMoodAsync(person, delivery.Id, Tomorrow, 4, "prompt-a", now, CancellationToken.None);
            await checkins.AddReflectionAsync(person, delivery.Id, Tomorrow, "prompt-a", "A thought.", now, CancellationToken.None);
            await checkins.RecordSkipAsync(person, null, Today, now, CancellationToken.None);
        }

        Assert.True(await new UserRepository(database.Connections).DeleteAsync(Ada, CancellationToken.None));

        await using var connection = await database.OpenAsync();
        foreach (var table in PersonalTables)
        {
            Assert.Equal(["1213098916577411095"], (await connection.QueryAsync<string>($"SELECT user_id FROM {table};")).Distinct());
        }
    }

    [Theory]
    [InlineData("user_id", "users")]
    [InlineData("guild_id", "guilds")]
    public async Task Every_table_with_a_person_or_server_id_cascades_from_its_root(string column, string root)
    {
        await using var database = new TempDatabase();
        await database.CheckinsAsync();
        await using var connection = await database.OpenAsync();

        var tables = (await connection.QueryAsync<string>("""
            SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c
            WHERE m.type = 'table' AND c.name = @Column AND m.name <> @Root
            ORDER BY m.name;
            """, new { Column = column, Root = root })).ToList();
        var cascading = await connection.QueryAsync<string>("""
            SELECT m.name FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f
            WHERE m.type = 'table' AND f."from" = @Column AND f."table" = @Root AND f.on_delete = 'CASCADE'
            ORDER BY m.name;
            """, new { Column = column, Root = root });

        Assert.Superset(
            (column == "user_id" ? PersonalTables : ServerTables).ToHashSet(StringComparer.Ordinal),
            tables.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(tables, cascading);
    }

    [Fact]
    public async Task Deleting_an_entrys_delivery_keeps_the_answer_without_the_link()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);
        await checkins.RecordMoodAsync(Ada, delivery.Id, Tomorrow, 4, null, now, CancellationToken.None);

        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM checkin_deliveries;");
        }

        Assert.Null(Assert.Single(await checkins.GetEntriesAsync(Ada, Tomorrow, Tomorrow, CancellationToken.None)).DeliveryId);
    }

    [Fact]
    public async Task Deleting_a_server_leaves_no_row_of_it_in_any_prompt_table_and_keeps_other_servers()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        foreach (var guild in new[] { Guild, OtherGuild })
        {
            await reflections.SetAsync(guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);
            await reflections.ClaimAsync(
                new GuildPostClaim(guild, DueTomorrow, Tomorrow, "prompt-a", 1, GuildChannel, DueDayAfter, now), CancellationToken.None);
        }

        Assert.True(await new GuildRepository(database.Connections).DeleteAsync(Guild, CancellationToken.None));

        await using var connection = await database.OpenAsync();
        foreach (var table in ServerTables)
        {
            Assert.Equal(["1213095896678531001"], await connection.QueryAsync<string>($"SELECT guild_id FROM {table};"));
        }
    }
}

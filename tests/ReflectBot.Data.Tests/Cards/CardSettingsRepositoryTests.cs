using ReflectBot.Data.Cards;
using ReflectBot.Data.Guilds;
using ReflectBot.Data.Tests.Checkins;

namespace ReflectBot.Data.Tests.Cards;

public sealed class CardSettingsRepositoryTests
{
    private const ulong Guild = 1_213_095_896_678_531_000;
    private const ulong OtherGuild = 1_213_095_896_678_531_001;
    private const ulong ModRole = 1_213_095_896_678_531_500;

    [Fact]
    public async Task A_server_that_never_changed_its_card_settings_has_none()
    {
        await using var database = new TempDatabase();
        var cards = await CardsAsync(database);

        Assert.Null(await cards.GetAsync(Guild, CancellationToken.None));
        Assert.Equal(0, await database.CountAsync("guilds"));
    }

    [Fact]
    public async Task Setting_the_mod_role_records_the_server_and_leaves_mature_cards_allowed()
    {
        await using var database = new TempDatabase();
        var cards = await CardsAsync(database);
        var now = database.Time.GetUtcNow();

        await cards.SetModRoleAsync(Guild, ModRole, now, CancellationToken.None);

        Assert.Equal(new StoredCardSettings(Guild, ModRole, true, now), await cards.GetAsync(Guild, CancellationToken.None));
        Assert.NotNull(await new GuildRepository(database.Connections).FindAsync(Guild, CancellationToken.None));
        Assert.Null(await cards.GetAsync(OtherGuild, CancellationToken.None));
    }

    [Fact]
    public async Task Each_setting_changes_only_itself_and_the_mod_role_can_be_cleared()
    {
        await using var database = new TempDatabase();
        var cards = await CardsAsync(database);
        var now = database.Time.GetUtcNow();
        await cards.SetModRoleAsync(Guild, ModRole, now, CancellationToken.None);

        await cards.SetMatureAllowedAsync(Guild, false, now.AddMinutes(1), CancellationToken.None);
        Assert.Equal(new StoredCardSettings(Guild, ModRole, false, now.AddMinutes(1)), await cards.GetAsync(Guild, CancellationToken.None));

        await cards.SetModRoleAsync(Guild, null, now.AddMinutes(2), CancellationToken.None);
        Assert.Equal(new StoredCardSettings(Guild, null, false, now.AddMinutes(2)), await cards.GetAsync(Guild, CancellationToken.None));
        Assert.Equal(1, await database.CountAsync("guild_card_settings"));
    }

    [Fact]
    public async Task Forbidding_mature_cards_first_records_the_server_with_no_mod_role()
    {
        await using var database = new TempDatabase();
        var cards = await CardsAsync(database);
        var now = database.Time.GetUtcNow();

        await cards.SetMatureAllowedAsync(Guild, false, now, CancellationToken.None);

        Assert.Equal(new StoredCardSettings(Guild, null, false, now), await cards.GetAsync(Guild, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_the_server_deletes_its_card_settings()
    {
        await using var database = new TempDatabase();
        var cards = await CardsAsync(database);
        var now = database.Time.GetUtcNow();
        await cards.SetModRoleAsync(Guild, ModRole, now, CancellationToken.None);
        await cards.SetModRoleAsync(OtherGuild, ModRole, now, CancellationToken.None);

        Assert.True(await new GuildRepository(database.Connections).DeleteAsync(Guild, CancellationToken.None));

        Assert.Null(await cards.GetAsync(Guild, CancellationToken.None));
        Assert.NotNull(await cards.GetAsync(OtherGuild, CancellationToken.None));
        Assert.Equal(1, await database.CountAsync("guild_card_settings"));
    }

    private static async Task<CardSettingsRepository> CardsAsync(TempDatabase database)
    {
        await database.Migrator().MigrateAsync(CancellationToken.None);
        return new CardSettingsRepository(database.Connections);
    }
}

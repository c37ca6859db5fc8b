using ReflectBot.Data.Guilds;
using ReflectBot.Data.Safety;
using ReflectBot.Data.Tests.Privacy;

namespace ReflectBot.Data.Tests.Safety;

public sealed class GuildSafetyRepositoryTests
{
    [Fact]
    public async Task Crisis_resources_are_set_replaced_and_cleared_and_the_server_is_recorded()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var settings = new GuildSafetyRepository(database.Connections);
        var now = database.Time.GetUtcNow();

        Assert.Null(await settings.GetCrisisResourcesAsync(PrivacyTestData.Guild, CancellationToken.None));
        await settings.SetCrisisResourcesAsync(PrivacyTestData.Guild, "Talk to a moderator.", now, CancellationToken.None);
        await settings.SetCrisisResourcesAsync(PrivacyTestData.Guild, "Our #support channel.", now, CancellationToken.None);
        Assert.Equal("Our #support channel.", await settings.GetCrisisResourcesAsync(PrivacyTestData.Guild, CancellationToken.None));
        Assert.NotNull(await new GuildRepository(database.Connections).FindAsync(PrivacyTestData.Guild, CancellationToken.None));

        await settings.SetCrisisResourcesAsync(PrivacyTestData.Guild, null, now, CancellationToken.None);

        Assert.Null(await settings.GetCrisisResourcesAsync(PrivacyTestData.Guild, CancellationToken.None));
    }

    [Fact]
    public async Task Crisis_resources_longer_than_1500_characters_are_refused()
    {
        await using var database = new TempDatabase();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        var settings = new GuildSafetyRepository(database.Connections);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => settings.SetCrisisResourcesAsync(
            PrivacyTestData.Guild, new string('x', 1501), database.Time.GetUtcNow(), CancellationToken.None));
    }
}

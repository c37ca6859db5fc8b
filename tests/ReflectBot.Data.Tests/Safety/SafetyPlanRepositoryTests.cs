using Dapper;
using ReflectBot.Data.Protection;
using ReflectBot.Data.Safety;
using ReflectBot.Data.Tests.Privacy;
using ReflectBot.Data.Users;

namespace ReflectBot.Data.Tests.Safety;

public sealed class SafetyPlanRepositoryTests
{
    [Fact]
    public async Task A_plan_round_trips_sealed_and_records_the_person()
    {
        await using var database = new TempDatabase(PrivacyTestData.NewKey());
        var plans = await RepositoryAsync(database);
        var now = database.Time.GetUtcNow();

        await plans.SaveAsync(PrivacyTestData.Ada, new SafetyPlanText("not sleeping", "  ", "my sister", null), now, CancellationToken.None);

        var plan = await plans.GetAsync(PrivacyTestData.Ada, CancellationToken.None);
        Assert.Equal(new StoredSafetyPlan("not sleeping", null, "my sister", null, now), plan);
        Assert.NotNull(await new UserRepository(database.Connections).FindAsync(PrivacyTestData.Ada, CancellationToken.None));
        await using var connection = await database.OpenAsync();
        var raw = await connection.QuerySingleAsync<(string WarningSigns, string? Calming, string Contacts)>(
            "SELECT warning_signs, calming, contacts FROM safety_plans;");
        Assert.StartsWith(TextSealer.Prefix, raw.WarningSigns, StringComparison.Ordinal);
        Assert.StartsWith(TextSealer.Prefix, raw.Contacts, StringComparison.Ordinal);
        Assert.Null(raw.Calming);
    }

    [Fact]
    public async Task Saving_again_replaces_the_whole_plan_and_delete_removes_it()
    {
        await using var database = new TempDatabase();
        var plans = await RepositoryAsync(database);
        var first = database.Time.GetUtcNow();
        await plans.SaveAsync(PrivacyTestData.Ada, new SafetyPlanText("a", "b", "c", "d"), first, CancellationToken.None);

        await plans.SaveAsync(PrivacyTestData.Ada, new SafetyPlanText(null, null, null, "only reasons"), first.AddHours(1), CancellationToken.None);

        Assert.Equal(new StoredSafetyPlan(null, null, null, "only reasons", first.AddHours(1)), await plans.GetAsync(PrivacyTestData.Ada, CancellationToken.None));
        Assert.True(await plans.DeleteAsync(PrivacyTestData.Ada, CancellationToken.None));
        Assert.False(await plans.DeleteAsync(PrivacyTestData.Ada, CancellationToken.None));
        Assert.Null(await plans.GetAsync(PrivacyTestData.Ada, CancellationToken.None));
    }

    [Fact]
    public void A_plan_needs_one_part_and_no_part_longer_than_a_thousand_characters()
    {
        Assert.Throws<ArgumentException>(() => new SafetyPlanText(" ", null, "", "\n"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyPlanText(new string('x', 1001), null, null, null));
        Assert.Equal(1000, new SafetyPlanText(new string('x', 1000), null, null, null).WarningSigns!.Length);
    }

    private static async Task<SafetyPlanRepository> RepositoryAsync(TempDatabase database)
    {
        await database.Migrator().MigrateAsync(CancellationToken.None);
        return new SafetyPlanRepository(database.Connections, database.Sealer);
    }
}

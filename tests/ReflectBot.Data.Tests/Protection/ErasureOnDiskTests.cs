using ReflectBot.Data.Privacy;
using ReflectBot.Data.Tests.Checkins;
using ReflectBot.Data.Tests.Privacy;

namespace ReflectBot.Data.Tests.Protection;

/// <summary>Deleted text is gone from the files too, not only from queries, even when it was stored in clear.</summary>
public sealed class ErasureOnDiskTests
{
    private const string OnlyCopy = "the only copy of these words 98765";

    [Fact]
    public async Task Deleting_a_person_leaves_none_of_their_text_in_the_database_or_its_log()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        await database.FillEveryFeatureAsync(PrivacyTestData.Ben);
        await checkins.AddReflectionAsync(PrivacyTestData.Ada, null, CheckinTestData.Today, null, OnlyCopy, database.Time.GetUtcNow(), CancellationToken.None);
        await database.Connections.CheckpointAsync(CancellationToken.None);
        Assert.True(DatabaseFiles.Contain(database.DatabasePath, OnlyCopy));

        await new UserDataRepository(database.Connections, database.Sealer, database.Time).DeleteAsync(PrivacyTestData.Ada, CancellationToken.None);

        Assert.False(DatabaseFiles.Contain(database.DatabasePath, OnlyCopy));
        Assert.True(DatabaseFiles.Contain(database.DatabasePath, PrivacyTestData.Reflection));
    }

    [Fact]
    public async Task Purged_entries_leave_no_text_in_the_database_or_its_log()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        await checkins.AddReflectionAsync(PrivacyTestData.Ada, null, CheckinTestData.Today.AddDays(-400), null, OnlyCopy, database.Time.GetUtcNow(), CancellationToken.None);
        await database.Connections.CheckpointAsync(CancellationToken.None);
        Assert.True(DatabaseFiles.Contain(database.DatabasePath, OnlyCopy));

        await new RetentionRepository(database.Connections).PurgeEntriesBeforeAsync(CheckinTestData.Today, CancellationToken.None);

        Assert.False(DatabaseFiles.Contain(database.DatabasePath, OnlyCopy));
    }
}

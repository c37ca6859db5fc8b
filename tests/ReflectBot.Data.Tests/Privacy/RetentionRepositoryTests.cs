using ReflectBot.Data.Privacy;
using ReflectBot.Data.Tests.Checkins;

namespace ReflectBot.Data.Tests.Privacy;

public sealed class RetentionRepositoryTests
{
    [Fact]
    public async Task Purging_removes_entries_before_the_cutoff_and_keeps_the_cutoff_date_itself()
    {
        await using var database = new TempDatabase(PrivacyTestData.NewKey());
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var cutoff = CheckinTestData.Today;
        var dayBefore = cutoff.AddDays(-1);
        await checkins.RecordMoodAsync(PrivacyTestData.Ada, null, dayBefore, 3, null, now, CancellationToken.None);
        await checkins.AddReflectionAsync(PrivacyTestData.Ada, null, dayBefore, null, "old words", now, CancellationToken.None);
        await checkins.RecordSkipAsync(PrivacyTestData.Ben, null, dayBefore.AddDays(-30), now, CancellationToken.None);
        await checkins.RecordMoodAsync(PrivacyTestData.Ada, null, cutoff, 4, null, now, CancellationToken.None);
        await checkins.AddReflectionAsync(PrivacyTestData.Ada, null, cutoff, null, "kept words", now, CancellationToken.None);

        var purged = await new RetentionRepository(database.Connections).PurgeEntriesBeforeAsync(cutoff, CancellationToken.None);

        Assert.Equal(3, purged);
        var left = await checkins.GetEntriesAsync(PrivacyTestData.Ada, dayBefore.AddDays(-60), cutoff, CancellationToken.None);
        Assert.All(left, entry => Assert.Equal(cutoff, entry.LocalDate));
        Assert.Equal(["mood", "reflection"], left.Select(entry => entry.Kind).Order(StringComparer.Ordinal));
        Assert.Equal(2, await database.CountAsync("checkin_entries"));
    }
}

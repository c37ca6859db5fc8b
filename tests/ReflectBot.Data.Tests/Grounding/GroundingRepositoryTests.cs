using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Grounding;
using ReflectBot.Data.Users;
using static ReflectBot.Data.Tests.Checkins.CheckinTestData;

namespace ReflectBot.Data.Tests.Grounding;

public sealed class GroundingRepositoryTests
{
    [Fact]
    public async Task A_session_starts_running_for_a_new_person_and_finishes_with_both_ratings()
    {
        await using var database = new TempDatabase();
        var grounding = await RepositoryAsync(database);
        var now = database.Time.GetUtcNow();

        var id = await grounding.StartAsync(Ada, "box-breathing", now, CancellationToken.None);
        Assert.True(await grounding.RecordBeforeAsync(id, Ada, 8, CancellationToken.None));
        Assert.True(await grounding.FinishAsync(id, Ada, now.AddMinutes(2), CancellationToken.None));
        Assert.True(await grounding.RecordAfterAsync(id, Ada, 5, CancellationToken.None));

        Assert.Equal(
            new StoredGroundingSession(id, Ada, "box-breathing", 8, 5, GroundingSessionState.Finished, now, now.AddMinutes(2)),
            await grounding.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Someone_else_cannot_rate_finish_or_stop_a_session()
    {
        await using var database = new TempDatabase();
        var grounding = await RepositoryAsync(database);
        var now = database.Time.GetUtcNow();
        var id = await grounding.StartAsync(Ada, "five-senses", now, CancellationToken.None);

        Assert.False(await grounding.RecordBeforeAsync(id, Ben, 3, CancellationToken.None));
        Assert.False(await grounding.StopAsync(id, Ben, now, CancellationToken.None));
        Assert.False(await grounding.FinishAsync(id, Ben, now, CancellationToken.None));

        var stored = (await grounding.GetAsync(id, CancellationToken.None))!;
        Assert.Null(stored.BeforeRating);
        Assert.Equal(GroundingSessionState.Running, stored.State);
    }

    [Fact]
    public async Task A_stopped_session_takes_no_more_ratings_and_cannot_finish()
    {
        await using var database = new TempDatabase();
        var grounding = await RepositoryAsync(database);
        var now = database.Time.GetUtcNow();
        var id = await grounding.StartAsync(Ada, "five-senses", now, CancellationToken.None);

        Assert.True(await grounding.StopAsync(id, Ada, now, CancellationToken.None));

        Assert.False(await grounding.RecordBeforeAsync(id, Ada, 3, CancellationToken.None));
        Assert.False(await grounding.RecordAfterAsync(id, Ada, 3, CancellationToken.None));
        Assert.False(await grounding.FinishAsync(id, Ada, now, CancellationToken.None));
        Assert.False(await grounding.StopAsync(id, Ada, now, CancellationToken.None));
        Assert.Equal(GroundingSessionState.Stopped, (await grounding.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_rating_is_stored_once()
    {
        await using var database = new TempDatabase();
        var grounding = await RepositoryAsync(database);
        var id = await grounding.StartAsync(Ada, "five-senses", database.Time.GetUtcNow(), CancellationToken.None);

        Assert.True(await grounding.RecordBeforeAsync(id, Ada, 6, CancellationToken.None));
        Assert.False(await grounding.RecordBeforeAsync(id, Ada, 2, CancellationToken.None));

        Assert.Equal(6, (await grounding.GetAsync(id, CancellationToken.None))!.BeforeRating);
    }

    [Fact]
    public async Task Average_changes_count_only_sessions_with_both_ratings_per_exercise()
    {
        await using var database = new TempDatabase();
        var grounding = await RepositoryAsync(database);
        var now = database.Time.GetUtcNow();
        await RateAsync(grounding, Ada, "box-breathing", 8, 4, now);
        await RateAsync(grounding, Ada, "box-breathing", 6, 5, now);
        await RateAsync(grounding, Ada, "hand-on-heart", 3, 3, now);
        await RateAsync(grounding, Ben, "box-breathing", 9, 0, now);
        var onlyBefore = await grounding.StartAsync(Ada, "long-exhale", now, CancellationToken.None);
        await grounding.RecordBeforeAsync(onlyBefore, Ada, 7, CancellationToken.None);

        var changes = await grounding.GetAverageChangesAsync(Ada, CancellationToken.None);

        Assert.Equal(
            [new GroundingAverageChange("box-breathing", 2, -2.5), new GroundingAverageChange("hand-on-heart", 1, 0)],
            changes);
        Assert.Empty(await grounding.GetAverageChangesAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task The_database_refuses_a_rating_of_eleven()
    {
        await using var database = new TempDatabase();
        var grounding = await RepositoryAsync(database);
        var id = await grounding.StartAsync(Ada, "five-senses", database.Time.GetUtcNow(), CancellationToken.None);
        await using var connection = await database.OpenAsync();

        var refused = await Assert.ThrowsAsync<SqliteException>(() =>
            connection.ExecuteAsync("UPDATE grounding_sessions SET after_rating = 11 WHERE id = @Id;", new { Id = id }));

        Assert.Contains("CHECK constraint failed", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grounding.RecordBeforeAsync(id, Ada, 11, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_person_deletes_their_sessions_and_keeps_everyone_elses()
    {
        await using var database = new TempDatabase();
        var grounding = await RepositoryAsync(database);
        var now = database.Time.GetUtcNow();
        var adas = await grounding.StartAsync(Ada, "five-senses", now, CancellationToken.None);
        var bens = await grounding.StartAsync(Ben, "five-senses", now, CancellationToken.None);

        Assert.True(await new UserRepository(database.Connections).DeleteAsync(Ada, CancellationToken.None));

        Assert.Null(await grounding.GetAsync(adas, CancellationToken.None));
        Assert.NotNull(await grounding.GetAsync(bens, CancellationToken.None));
    }

    private static async Task<GroundingRepository> RepositoryAsync(TempDatabase database)
    {
        await database.Migrator().MigrateAsync(CancellationToken.None);
        return new GroundingRepository(database.Connections);
    }

    private static async Task RateAsync(GroundingRepository grounding, ulong userId, string exerciseId, int before, int after, DateTimeOffset now)
    {
        var id = await grounding.StartAsync(userId, exerciseId, now, CancellationToken.None);
        await grounding.RecordBeforeAsync(id, userId, before, CancellationToken.None);
        await grounding.FinishAsync(id, userId, now, CancellationToken.None);
        await grounding.RecordAfterAsync(id, userId, after, CancellationToken.None);
    }
}

using Dapper;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Reflection;

namespace ReflectBot.Data.Tests.Checkins;

/// <summary>A migrated database with the check-in repositories, and the people, days and times the tests use.</summary>
internal static class CheckinTestData
{
    public const ulong Ada = 1_213_098_916_577_411_094;
    public const ulong Ben = 1_213_098_916_577_411_095;
    public const ulong DmChannel = 1_213_095_896_678_531_082;
    public const ulong Guild = 1_213_095_896_678_531_000;
    public const ulong OtherGuild = 1_213_095_896_678_531_001;
    public const ulong GuildChannel = 1_213_095_896_678_531_083;
    public const string Zone = "Europe/Berlin";

    public static readonly TimeOnly NineInTheMorning = new(9, 0);

    public static readonly DateOnly Today = new(2026, 3, 14);

    public static readonly DateOnly Tomorrow = Today.AddDays(1);

    // 09:00 in Berlin is 08:00 UTC in March.
    public static readonly DateTimeOffset DueTomorrow = new(2026, 3, 15, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset DueDayAfter = DueTomorrow.AddDays(1);

    public static readonly DateTimeOffset SummaryDue = new(2026, 3, 15, 17, 0, 0, TimeSpan.Zero);

    public static async Task<CheckinRepository> CheckinsAsync(this TempDatabase database)
    {
        await database.Migrator().MigrateAsync(CancellationToken.None);
        return new CheckinRepository(database.Connections, database.Sealer);
    }

    public static async Task<GuildReflectionRepository> GuildReflectionsAsync(this TempDatabase database)
    {
        await database.Migrator().MigrateAsync(CancellationToken.None);
        return new GuildReflectionRepository(database.Connections);
    }

    /// <summary>Opts the person in at nine in the morning, first check-in due tomorrow.</summary>
    public static Task SubscribeAsync(this CheckinRepository checkins, ulong userId, DateTimeOffset now) =>
        checkins.SubscribeAsync(userId, NineInTheMorning, Zone, DueTomorrow, SummaryDue, now, CancellationToken.None);

    public static DeliveryClaim DailyClaim(
        ulong userId, DateTimeOffset now, string? promptId = "prompt-a", int cycle = 1, DateTimeOffset? expectedDueAt = null) =>
        new(userId, DeliveryKind.Daily, expectedDueAt ?? DueTomorrow, Tomorrow, promptId, cycle, DueDayAfter, now);

    /// <summary>Subscribes the person and claims tomorrow's check-in; returns the pending delivery.</summary>
    public static async Task<StoredDelivery> SubscribeAndClaimAsync(this CheckinRepository checkins, ulong userId, DateTimeOffset now)
    {
        await checkins.SubscribeAsync(userId, now);
        return await checkins.ClaimAsync(DailyClaim(userId, now), CancellationToken.None)
            ?? throw new InvalidOperationException("A fresh subscription should be claimable.");
    }

    public static async Task<long> CountAsync(this TempDatabase database, string table)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table};");
    }
}

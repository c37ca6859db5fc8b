using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReflectBot.Data;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Migrations;

namespace ReflectBot.Workloads.Checkins;

/// <summary>A person to subscribe: their id and the DM channel the bot already knows for them.</summary>
public sealed record SeededPerson(ulong UserId, ulong DmChannelId);

/// <summary>
/// Makes a bot database the way the bot would: the bot's own migrations, then people subscribed through the bot's
/// own <see cref="CheckinRepository"/>, all due at one instant, so the workload never copies the bot's SQL.
/// </summary>
public static class DueCheckinSeeder
{
    public static async Task SeedAsync(string databasePath, IReadOnlyList<SeededPerson> people, DateTimeOffset dueAt,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(timeProvider)
            .AddReflectBotData()
            .Configure<StorageOptions>(o => o.DatabasePath = databasePath);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var repository = provider.GetRequiredService<CheckinRepository>();
        var now = timeProvider.GetUtcNow();
        foreach (var person in people)
        {
            await repository.SubscribeAsync(person.UserId, TimeOnly.FromTimeSpan(dueAt.TimeOfDay), "UTC", dueAt, dueAt.AddDays(7), now.AddDays(-1), cancellationToken);
            await repository.SetDmChannelAsync(person.UserId, person.DmChannelId, cancellationToken);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

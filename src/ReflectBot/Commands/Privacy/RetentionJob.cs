using Microsoft.Extensions.Options;
using ReflectBot.Data;
using ReflectBot.Data.Privacy;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Privacy;

/// <summary>
/// Once a day (at start, then each UTC midnight) removes moods and reflections older than
/// <see cref="StorageOptions.RetentionDays"/>; idle when that is 0. Purging is idempotent, so a restart
/// that runs it again the same day changes nothing.
/// </summary>
public sealed partial class RetentionJob(
    RetentionRepository repository,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionJob> logger) : IScheduledJob
{
    private DateTimeOffset? _nextRunAt;

    public string Name => "retention";

    public async Task<JobRound> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        if (days <= 0 || (_nextRunAt is { } due && now < due))
        {
            return default;
        }

        var cutoff = CutoffFor(now, days);
        var purged = await repository.PurgeEntriesBeforeAsync(cutoff, cancellationToken);
        _nextRunAt = NextMidnight(now);
        LogPurged(purged, cutoff);
        return new JobRound(purged, 0);
    }

    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken)
        => Task.FromResult<DateTimeOffset?>(options.Value.RetentionDays <= 0 ? null : _nextRunAt ?? timeProvider.GetUtcNow());

    /// <summary>Today in UTC minus the retention period: entries dated before it go, the cutoff date itself stays.</summary>
    public static DateOnly CutoffFor(DateTimeOffset now, int retentionDays)
        => DateOnly.FromDateTime(now.UtcDateTime).AddDays(-retentionDays);

    private static DateTimeOffset NextMidnight(DateTimeOffset now)
        => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Count} moods and reflections dated before {Cutoff}")]
    private partial void LogPurged(int count, DateOnly cutoff);
}

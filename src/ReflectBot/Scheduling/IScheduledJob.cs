namespace ReflectBot.Scheduling;

/// <summary>What one round of a job did; failures make the scheduler wait a little before the next round.</summary>
public readonly record struct JobRound(int Handled, int Failed)
{
    public static JobRound operator +(JobRound left, JobRound right) => new(left.Handled + right.Handled, left.Failed + right.Failed);
}

/// <summary>
/// Work the scheduler runs when it is due. Everything a job needs to know lives in the database, so
/// a restart picks up exactly where the last run stopped.
/// </summary>
public interface IScheduledJob
{
    string Name { get; }

    /// <summary>Retries what was recorded but not confirmed, then handles one batch of what is due at <paramref name="now"/>.</summary>
    Task<JobRound> RunAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>When the job next has something due, or null when nothing is planned.</summary>
    Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken);
}

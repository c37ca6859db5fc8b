namespace ReflectBot.Scheduling;

/// <summary>Runs one round of items a few at a time, counting each item's failure instead of stopping the round.</summary>
internal static class ParallelRounds
{
    /// <param name="items">The round's items.</param>
    /// <param name="parallelism">How many are handled at the same time.</param>
    /// <param name="handle">Returns false for an item that should count as failed (it will be retried later).</param>
    /// <param name="onError">Told about an item that threw; the round goes on.</param>
    /// <param name="cancellationToken">Stops the round; items not started are left for the next run.</param>
    public static async Task<JobRound> RunAsync<T>(
        IReadOnlyList<T> items, int parallelism, Func<T, Task<bool>> handle, Action<Exception> onError, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return default;
        }

        var failed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items, options, async (item, _) =>
        {
            bool succeeded;
            try
            {
                succeeded = await handle(item);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                onError(exception);
                succeeded = false;
            }

            if (!succeeded)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return new JobRound(items.Count, failed);
    }
}

using Dapper;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Privacy;

/// <summary>Removes check-in entries older than the retention period the host computes from <see cref="StorageOptions.RetentionDays"/>.</summary>
public sealed class RetentionRepository(SqliteConnectionFactory connections)
{
    /// <summary>Deletes every mood, reflection and skip whose local date is before <paramref name="cutoff"/>; the cutoff date itself is kept.</summary>
    /// <returns>How many entries were deleted.</returns>
    public async Task<int> PurgeEntriesBeforeAsync(DateOnly cutoff, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM checkin_entries WHERE local_date < @Cutoff;";
        int purged;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            purged = await connection.ExecuteAsync(new CommandDefinition(
                sql, new { Cutoff = DbValues.LocalDate(cutoff) }, cancellationToken: cancellationToken));
        }

        if (purged > 0)
        {
            await connections.CheckpointAsync(cancellationToken);
        }

        return purged;
    }
}

using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Grounding;

/// <summary>
/// Grounding sessions and their before/after ratings. Every change names the person as well as the
/// session, so a button someone else pressed can never change a session that is not theirs.
/// </summary>
public sealed class GroundingRepository(SqliteConnectionFactory connections)
{
    /// <summary>Starts a running session, recording the person first if they are new; returns its id.</summary>
    public async Task<long> StartAsync(ulong userId, string exerciseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exerciseId);
        const string ensureUser = "INSERT OR IGNORE INTO users (user_id, created_at) VALUES (@UserId, @Now);";
        const string insert = """
            INSERT INTO grounding_sessions (user_id, exercise_id, state, started_at)
            VALUES (@UserId, @ExerciseId, 'running', @Now)
            RETURNING id;
            """;
        var parameters = new { UserId = DbValues.Id(userId), ExerciseId = exerciseId, Now = DbValues.Time(now) };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ensureUser, parameters, transaction, cancellationToken: cancellationToken));
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(insert, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>The session, or null when there is none with this id.</summary>
    public async Task<StoredGroundingSession?> GetAsync(long sessionId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {GroundingSessionRow.Columns} FROM grounding_sessions WHERE id = @Id;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<GroundingSessionRow>(new CommandDefinition(
            sql, new { Id = sessionId }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    /// <summary>Stores the before rating of the person's running session, once.</summary>
    /// <returns>False when the session is not theirs, not running, or already has one.</returns>
    public Task<bool> RecordBeforeAsync(long sessionId, ulong userId, int rating, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 10);
        const string sql = """
            UPDATE grounding_sessions SET before_rating = @Rating
            WHERE id = @Id AND user_id = @UserId AND state = 'running' AND before_rating IS NULL;
            """;
        return ChangeAsync(sql, sessionId, userId, rating, null, cancellationToken);
    }

    /// <summary>Stores the after rating of the person's finished session, once.</summary>
    /// <returns>False when the session is not theirs, not finished, or already has one.</returns>
    public Task<bool> RecordAfterAsync(long sessionId, ulong userId, int rating, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 10);
        const string sql = """
            UPDATE grounding_sessions SET after_rating = @Rating
            WHERE id = @Id AND user_id = @UserId AND state = 'finished' AND after_rating IS NULL;
            """;
        return ChangeAsync(sql, sessionId, userId, rating, null, cancellationToken);
    }

    /// <summary>Marks the person's running session finished (its steps are done).</summary>
    /// <returns>False when it is not theirs or not running.</returns>
    public Task<bool> FinishAsync(long sessionId, ulong userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        EndAsync(sessionId, userId, GroundingSessionState.Finished, now, cancellationToken);

    /// <summary>Marks the person's running session stopped (they pressed Stop, or its time ran out).</summary>
    /// <returns>False when it is not theirs or not running.</returns>
    public Task<bool> StopAsync(long sessionId, ulong userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        EndAsync(sessionId, userId, GroundingSessionState.Stopped, now, cancellationToken);

    /// <summary>Per exercise the person did, the sessions with both ratings and their mean change (after − before).</summary>
    public async Task<IReadOnlyList<GroundingAverageChange>> GetAverageChangesAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT exercise_id AS ExerciseId, count(*) AS Sessions, avg(after_rating - before_rating) AS AverageChange
            FROM grounding_sessions
            WHERE user_id = @UserId AND before_rating IS NOT NULL AND after_rating IS NOT NULL
            GROUP BY exercise_id
            ORDER BY exercise_id;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string ExerciseId, long Sessions, double AverageChange)>(new CommandDefinition(
            sql, new { UserId = DbValues.Id(userId) }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => new GroundingAverageChange(row.ExerciseId, checked((int)row.Sessions), row.AverageChange))];
    }

    private Task<bool> EndAsync(long sessionId, ulong userId, string state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE grounding_sessions SET state = @State, ended_at = @Now
            WHERE id = @Id AND user_id = @UserId AND state = 'running';
            """;
        return ChangeAsync(sql, sessionId, userId, null, (state, DbValues.Time(now)), cancellationToken);
    }

    private async Task<bool> ChangeAsync(
        string sql, long sessionId, ulong userId, int? rating, (string State, string Now)? end, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            Id = sessionId,
            UserId = DbValues.Id(userId),
            Rating = rating,
            State = end?.State,
            Now = end?.Now,
        };
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) > 0;
    }
}

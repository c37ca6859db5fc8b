using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Checkins;

/// <summary>
/// Daily check-ins: who opted in and when they are next due (this file), the DMs the scheduler
/// decided to send, and the answers people gave. Every change the scheduler makes names the due
/// time it read, so two wake-ups never send the same check-in twice.
/// </summary>
public sealed partial class CheckinRepository(SqliteConnectionFactory connections, TextSealer sealer)
{
    private const string EnsureUserSql = "INSERT OR IGNORE INTO users (user_id, created_at) VALUES (@UserId, @Now);";

    /// <summary>The person's subscription, or null when they never opted in.</summary>
    public async Task<StoredCheckin?> GetAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {CheckinRow.Columns} FROM checkin_subscriptions WHERE user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CheckinRow>(new CommandDefinition(
            sql, new { UserId = DbValues.Id(userId) }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    /// <summary>
    /// Starts (or restarts) daily check-ins at a local time in an IANA zone, recording the person
    /// first if they are new. Whatever the earlier state, the subscription becomes active with no
    /// failures and no pause; a known DM channel and the weekly-summary choice are kept.
    /// </summary>
    public async Task SubscribeAsync(
        ulong userId,
        TimeOnly localTime,
        string timeZone,
        DateTimeOffset nextDueAt,
        DateTimeOffset nextSummaryAt,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        const string upsert = """
            INSERT INTO checkin_subscriptions
                (user_id, local_time, time_zone, status, next_due_at, next_summary_at, created_at, updated_at)
            VALUES (@UserId, @LocalTime, @TimeZone, 'active', @NextDueAt, @NextSummaryAt, @Now, @Now)
            ON CONFLICT (user_id) DO UPDATE SET
                local_time = excluded.local_time,
                time_zone = excluded.time_zone,
                status = 'active',
                next_due_at = excluded.next_due_at,
                paused_until = NULL,
                consecutive_failures = 0,
                unreachable_notice_pending = 0,
                next_summary_at = excluded.next_summary_at,
                updated_at = excluded.updated_at;
            """;
        var parameters = new
        {
            UserId = DbValues.Id(userId),
            LocalTime = DbValues.ClockTime(localTime),
            TimeZone = timeZone,
            NextDueAt = DbValues.Time(nextDueAt),
            NextSummaryAt = DbValues.Time(nextSummaryAt),
            Now = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(EnsureUserSql, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(upsert, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Pauses running (or already paused) check-ins until <paramref name="resumeOn"/>;
    /// <paramref name="nextDueAt"/> is the first check-in on that day.
    /// </summary>
    /// <returns>False when there is no subscription, or it is stopped or unreachable.</returns>
    public async Task<bool> PauseAsync(
        ulong userId, DateOnly resumeOn, DateTimeOffset nextDueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE checkin_subscriptions
            SET status = 'paused', paused_until = @ResumeOn, next_due_at = @NextDueAt, updated_at = @Now
            WHERE user_id = @UserId AND status IN ('active', 'paused');
            """;
        return await ExecuteAsync(sql, new
        {
            UserId = DbValues.Id(userId),
            ResumeOn = DbValues.LocalDate(resumeOn),
            NextDueAt = DbValues.Time(nextDueAt),
            Now = DbValues.Time(now),
        }, cancellationToken) > 0;
    }

    /// <summary>
    /// Runs paused check-ins again, or unreachable ones when the person asks for them again (their
    /// failures are forgiven and the pending notice dropped, since they are clearly back).
    /// </summary>
    /// <returns>False when there is no subscription, or it is active or stopped.</returns>
    public async Task<bool> ResumeAsync(ulong userId, DateTimeOffset nextDueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE checkin_subscriptions
            SET status = 'active',
                next_due_at = @NextDueAt,
                paused_until = NULL,
                consecutive_failures = CASE WHEN status = 'unreachable' THEN 0 ELSE consecutive_failures END,
                unreachable_notice_pending = CASE WHEN status = 'unreachable' THEN 0 ELSE unreachable_notice_pending END,
                updated_at = @Now
            WHERE user_id = @UserId AND status IN ('paused', 'unreachable');
            """;
        return await ExecuteAsync(sql, new
        {
            UserId = DbValues.Id(userId),
            NextDueAt = DbValues.Time(nextDueAt),
            Now = DbValues.Time(now),
        }, cancellationToken) > 0;
    }

    /// <summary>
    /// Stops check-ins: nothing more is due, and DMs recorded but not yet sent are skipped with the
    /// reason "stopped", so a resend cannot reach someone who just said stop.
    /// </summary>
    /// <returns>False when there is no subscription or it was already stopped.</returns>
    public async Task<bool> StopAsync(ulong userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string stop = """
            UPDATE checkin_subscriptions
            SET status = 'stopped', next_due_at = NULL, paused_until = NULL, updated_at = @Now
            WHERE user_id = @UserId AND status <> 'stopped';
            """;
        const string skipPending = """
            UPDATE checkin_deliveries SET state = 'skipped', failure = 'stopped'
            WHERE user_id = @UserId AND state = 'pending';
            """;
        var parameters = new { UserId = DbValues.Id(userId), Now = DbValues.Time(now) };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var stopped = await connection.ExecuteAsync(new CommandDefinition(stop, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(skipPending, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return stopped > 0;
    }

    /// <summary>
    /// Turns the weekly summary on or off. Turning it on needs the time of the next summary;
    /// turning it off stores whatever is given (usually null).
    /// </summary>
    /// <returns>False when there is no subscription.</returns>
    public async Task<bool> SetWeeklySummaryAsync(
        ulong userId, bool enabled, DateTimeOffset? nextSummaryAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (enabled && nextSummaryAt is null)
        {
            throw new ArgumentNullException(nameof(nextSummaryAt), "A weekly summary that is on needs the time of the next one.");
        }

        const string sql = """
            UPDATE checkin_subscriptions
            SET weekly_summary = @Enabled, next_summary_at = @NextSummaryAt, updated_at = @Now
            WHERE user_id = @UserId;
            """;
        return await ExecuteAsync(sql, new
        {
            UserId = DbValues.Id(userId),
            Enabled = DbValues.Flag(enabled),
            NextSummaryAt = DbValues.Time(nextSummaryAt),
            Now = DbValues.Time(now),
        }, cancellationToken) > 0;
    }

    /// <summary>
    /// Subscriptions whose check-in is due at <paramref name="now"/>, earliest first: active ones, and
    /// paused ones whose pause has run out (their due time is the first check-in after it).
    /// </summary>
    public async Task<IReadOnlyList<StoredCheckin>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // The status condition repeats the partial index's, so SQLite reads the index.
        const string sql = $"""
            SELECT {CheckinRow.Columns} FROM checkin_subscriptions
            WHERE status IN ('active', 'paused') AND next_due_at <= @Now
            ORDER BY next_due_at, user_id
            LIMIT @Limit;
            """;
        return await QueryCheckinsAsync(sql, now, limit, cancellationToken);
    }

    /// <summary>Active subscriptions with the weekly summary on whose summary is due, earliest first.</summary>
    public async Task<IReadOnlyList<StoredCheckin>> GetDueSummariesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = $"""
            SELECT {CheckinRow.Columns} FROM checkin_subscriptions
            WHERE status = 'active' AND weekly_summary = 1 AND next_summary_at <= @Now
            ORDER BY next_summary_at, user_id
            LIMIT @Limit;
            """;
        return await QueryCheckinsAsync(sql, now, limit, cancellationToken);
    }

    /// <summary>The earliest check-in or weekly summary due, or null when nothing is scheduled.</summary>
    public async Task<DateTimeOffset?> GetNextWakeAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT MIN(due) FROM (
                SELECT MIN(next_due_at) AS due FROM checkin_subscriptions
                WHERE status IN ('active', 'paused') AND next_due_at IS NOT NULL
                UNION ALL
                SELECT MIN(next_summary_at) FROM checkin_subscriptions
                WHERE status = 'active' AND weekly_summary = 1 AND next_summary_at IS NOT NULL);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var earliest = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return DbValues.ParseOptionalTime(earliest);
    }

    /// <summary>The person's current prompt cycle and the prompts already asked in it.</summary>
    public async Task<PromptCycle> GetPromptCycleAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT cycle AS Cycle, prompt_id AS PromptId FROM user_prompt_history
            WHERE user_id = @UserId AND cycle = (SELECT MAX(cycle) FROM user_prompt_history WHERE user_id = @UserId);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Cycle, string PromptId)>(new CommandDefinition(
            sql, new { UserId = DbValues.Id(userId) }, cancellationToken: cancellationToken));
        return PromptCycles.From(rows);
    }

    /// <summary>Marks that the unreachable notice was shown, once.</summary>
    /// <returns>True only for the call that found the notice pending.</returns>
    public async Task<bool> TakeUnreachableNoticeAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE checkin_subscriptions SET unreachable_notice_pending = 0
            WHERE user_id = @UserId AND unreachable_notice_pending = 1;
            """;
        return await ExecuteAsync(sql, new { UserId = DbValues.Id(userId) }, cancellationToken) > 0;
    }

    /// <summary>Remembers the person's DM channel, so the next check-in need not ask Discord for it.</summary>
    public async Task SetDmChannelAsync(ulong userId, ulong channelId, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE checkin_subscriptions SET dm_channel_id = @ChannelId WHERE user_id = @UserId;";
        await ExecuteAsync(sql, new { UserId = DbValues.Id(userId), ChannelId = DbValues.Id(channelId) }, cancellationToken);
    }

    private async Task<IReadOnlyList<StoredCheckin>> QueryCheckinsAsync(
        string sql, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CheckinRow>(new CommandDefinition(
            sql, new { Now = DbValues.Time(now), Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}

using Dapper;
using Microsoft.Data.Sqlite;

namespace ReflectBot.Data.Checkins;

/// <summary>The DMs the scheduler decided to send, and what became of them.</summary>
public sealed partial class CheckinRepository
{
    private const string InsertDeliverySql = """
        INSERT INTO checkin_deliveries (user_id, kind, local_date, prompt_id, due_at, nonce, state, created_at)
        VALUES (@UserId, @Kind, @LocalDate, @PromptId, @DueAt, @Nonce, 'pending', @Now)
        ON CONFLICT (user_id, kind, local_date) DO NOTHING
        RETURNING id;
        """;

    private const string InsertUserHistorySql = """
        INSERT OR IGNORE INTO user_prompt_history (user_id, prompt_id, cycle, used_at)
        VALUES (@UserId, @PromptId, @Cycle, @Now);
        """;

    /// <summary>
    /// Claims one due DM in one transaction: moves the subscription's due time (the daily one or the
    /// summary's, by kind) from the value the scheduler read to the next one, turning an expired
    /// pause active, and records the delivery as pending with a fresh nonce and, for a daily
    /// check-in, its prompt in the person's history.
    /// </summary>
    /// <returns>
    /// The pending delivery to send; null when the due time had already moved (another wake-up
    /// claimed it, or the person changed their settings) and nothing changed, or when a DM of this
    /// kind already exists for the local date (the due time still moves on; nothing is recorded).
    /// </returns>
    public async Task<StoredDelivery?> ClaimAsync(DeliveryClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        EnsureKnownKind(claim.Kind);
        var daily = claim.Kind == DeliveryKind.Daily;
        if (!daily && claim.PromptId is not null)
        {
            throw new ArgumentException("Only a daily check-in asks a prompt.", nameof(claim));
        }

        if (daily && claim.PromptId is not null)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(claim.Cycle, 1, nameof(claim));
        }

        const string advanceDaily = """
            UPDATE checkin_subscriptions
            SET next_due_at = @NextDueAt, status = 'active', paused_until = NULL, updated_at = @Now
            WHERE user_id = @UserId AND next_due_at = @ExpectedDueAt AND status IN ('active', 'paused');
            """;
        const string advanceSummary = """
            UPDATE checkin_subscriptions
            SET next_summary_at = @NextDueAt, updated_at = @Now
            WHERE user_id = @UserId AND next_summary_at = @ExpectedDueAt AND status = 'active' AND weekly_summary = 1;
            """;
        var parameters = new
        {
            UserId = DbValues.Id(claim.UserId),
            claim.Kind,
            LocalDate = DbValues.LocalDate(claim.LocalDate),
            claim.PromptId,
            claim.Cycle,
            ExpectedDueAt = DbValues.Time(claim.ExpectedDueAt),
            DueAt = DbValues.Time(claim.ExpectedDueAt),
            NextDueAt = DbValues.Time(claim.NextDueAt),
            Nonce = Nonces.New(),
            Now = DbValues.Time(claim.Now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var advanced = await connection.ExecuteAsync(new CommandDefinition(
            daily ? advanceDaily : advanceSummary, parameters, transaction, cancellationToken: cancellationToken));
        if (advanced == 0)
        {
            return null;
        }

        var deliveryId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            InsertDeliverySql, parameters, transaction, cancellationToken: cancellationToken));
        if (deliveryId is not null && claim.PromptId is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                InsertUserHistorySql, parameters, transaction, cancellationToken: cancellationToken));
        }

        var stored = deliveryId is { } newId ? await ReadDeliveryAsync(connection, transaction, newId, cancellationToken) : null;
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Records the first check-in, sent right away when the person opts in: a pending daily
    /// delivery for today with its prompt in their history. The subscription's due time is left
    /// alone. When today already has a check-in, that one is returned and nothing is recorded.
    /// </summary>
    public async Task<StoredDelivery> RecordImmediateAsync(
        ulong userId, DateOnly localDate, string promptId, int cycle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(promptId);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycle, 1);
        const string findExisting = $"""
            SELECT {DeliveryRow.Columns} FROM checkin_deliveries
            WHERE user_id = @UserId AND kind = 'daily' AND local_date = @LocalDate;
            """;
        var parameters = new
        {
            UserId = DbValues.Id(userId),
            Kind = DeliveryKind.Daily,
            LocalDate = DbValues.LocalDate(localDate),
            PromptId = promptId,
            Cycle = cycle,
            DueAt = DbValues.Time(now),
            Nonce = Nonces.New(),
            Now = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(EnsureUserSql, parameters, transaction, cancellationToken: cancellationToken));
        var deliveryId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            InsertDeliverySql, parameters, transaction, cancellationToken: cancellationToken));
        if (deliveryId is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                InsertUserHistorySql, parameters, transaction, cancellationToken: cancellationToken));
        }

        var row = await connection.QuerySingleAsync<DeliveryRow>(new CommandDefinition(
            findExisting, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row.ToStored();
    }

    /// <summary>
    /// Deliveries recorded but not known to have reached Discord, oldest due first: the scheduler
    /// sends them again with the same nonce.
    /// </summary>
    public async Task<IReadOnlyList<StoredDelivery>> GetPendingAsync(string kind, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = $"""
            SELECT {DeliveryRow.Columns} FROM checkin_deliveries
            WHERE state = 'pending' AND kind = @Kind
            ORDER BY due_at, id
            LIMIT @Limit;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            sql, new { Kind = kind, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    /// <summary>One delivery, or null when there is none with that id.</summary>
    public async Task<StoredDelivery?> GetDeliveryAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ReadDeliveryAsync(connection, transaction: null, deliveryId, cancellationToken);
    }

    /// <summary>Whether a DM of this kind (one of <see cref="DeliveryKind"/>) was already recorded for the person's local date.</summary>
    public async Task<bool> HasDeliveryAsync(ulong userId, string kind, DateOnly localDate, CancellationToken cancellationToken)
    {
        EnsureKnownKind(kind);
        const string sql = """
            SELECT EXISTS (
                SELECT 1 FROM checkin_deliveries
                WHERE user_id = @UserId AND kind = @Kind AND local_date = @LocalDate);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId), Kind = kind, LocalDate = DbValues.LocalDate(localDate) },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Records that Discord accepted the DM. The person is reachable again, so their run of
    /// failures ends, and the DM channel is remembered.
    /// </summary>
    public async Task MarkSentAsync(long deliveryId, ulong channelId, ulong messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The message exists whatever the row said before (even if a stop skipped it meanwhile), so
        // the row tells the truth; only a row already sent keeps its first record.
        const string markSent = """
            UPDATE checkin_deliveries
            SET state = 'sent', channel_id = @ChannelId, message_id = @MessageId, sent_at = @Now, failure = NULL
            WHERE id = @DeliveryId AND state <> 'sent'
            RETURNING user_id;
            """;
        const string reachable = """
            UPDATE checkin_subscriptions
            SET consecutive_failures = 0, dm_channel_id = @ChannelId
            WHERE user_id = @UserId;
            """;

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var userId = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            markSent,
            new { DeliveryId = deliveryId, ChannelId = DbValues.Id(channelId), MessageId = DbValues.Id(messageId), Now = DbValues.Time(now) },
            transaction,
            cancellationToken: cancellationToken));
        if (userId is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                reachable, new { UserId = userId, ChannelId = DbValues.Id(channelId) }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Gives up on a pending DM on purpose, for example because it is past the grace window.</summary>
    public async Task MarkSkippedAsync(long deliveryId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        const string sql = """
            UPDATE checkin_deliveries SET state = 'skipped', failure = @Reason
            WHERE id = @DeliveryId AND state = 'pending';
            """;
        await ExecuteAsync(sql, new { DeliveryId = deliveryId, Reason = reason }, cancellationToken);
    }

    /// <summary>
    /// Records that Discord refused the DM because the person cannot be written to. One more
    /// failure in a row; at <paramref name="failuresBeforeStop"/> check-ins stop being sent
    /// (unreachable) and a notice waits to be shown to the person once. A delivery that is no
    /// longer pending changes nothing, so a retried call does not count twice.
    /// </summary>
    public async Task<DeliveryFailureOutcome> MarkUndeliverableAsync(
        long deliveryId, string reason, int failuresBeforeStop, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failuresBeforeStop);
        const string markFailed = """
            UPDATE checkin_deliveries SET state = 'failed', failure = @Reason
            WHERE id = @DeliveryId AND state = 'pending'
            RETURNING user_id;
            """;
        const string countFailure = """
            UPDATE checkin_subscriptions
            SET consecutive_failures = consecutive_failures + 1, updated_at = @Now
            WHERE user_id = @UserId;
            """;
        // Only running or paused check-ins become unreachable; a stop the person chose stays a stop.
        const string stopWhenTooMany = """
            UPDATE checkin_subscriptions
            SET status = 'unreachable', next_due_at = NULL, paused_until = NULL, unreachable_notice_pending = 1
            WHERE user_id = @UserId AND consecutive_failures >= @FailuresBeforeStop AND status IN ('active', 'paused');
            """;
        const string readOutcome = """
            SELECT consecutive_failures AS ConsecutiveFailures, status AS Status
            FROM checkin_subscriptions WHERE user_id = @UserId;
            """;

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var userId = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            markFailed, new { DeliveryId = deliveryId, Reason = reason }, transaction, cancellationToken: cancellationToken));
        if (userId is null)
        {
            return new DeliveryFailureOutcome(0, Stopped: false);
        }

        var parameters = new { UserId = userId, FailuresBeforeStop = failuresBeforeStop, Now = DbValues.Time(now) };
        await connection.ExecuteAsync(new CommandDefinition(countFailure, parameters, transaction, cancellationToken: cancellationToken));
        var stopped = await connection.ExecuteAsync(new CommandDefinition(
            stopWhenTooMany, parameters, transaction, cancellationToken: cancellationToken));
        var outcome = await connection.QuerySingleOrDefaultAsync<(long ConsecutiveFailures, string Status)?>(new CommandDefinition(
            readOutcome, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new DeliveryFailureOutcome(outcome is { } found ? checked((int)found.ConsecutiveFailures) : 0, stopped > 0);
    }

    /// <summary>Counts one more attempt to send the delivery.</summary>
    public async Task RecordAttemptAsync(long deliveryId, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE checkin_deliveries SET attempts = attempts + 1 WHERE id = @DeliveryId;";
        await ExecuteAsync(sql, new { DeliveryId = deliveryId }, cancellationToken);
    }

    private static async Task<StoredDelivery?> ReadDeliveryAsync(
        SqliteConnection connection, SqliteTransaction? transaction, long deliveryId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {DeliveryRow.Columns} FROM checkin_deliveries WHERE id = @DeliveryId;";
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(
            sql, new { DeliveryId = deliveryId }, transaction, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    private static void EnsureKnownKind(string kind)
    {
        if (!DeliveryKind.IsKnown(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected a DeliveryKind value.");
        }
    }
}

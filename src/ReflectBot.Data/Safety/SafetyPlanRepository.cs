using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Safety;

/// <summary>safety_plans: one plan per person, every part sealed at rest when a key is set.</summary>
public sealed class SafetyPlanRepository(SqliteConnectionFactory connections, TextSealer sealer)
{
    /// <summary>The person's plan, or null when they have none.</summary>
    /// <exception cref="SealedDataException">The plan is sealed and the key is missing or wrong.</exception>
    public async Task<StoredSafetyPlan?> GetAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {SafetyPlanRow.Columns} FROM safety_plans WHERE user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SafetyPlanRow>(new CommandDefinition(
            sql, new { UserId = DbValues.Id(userId) }, cancellationToken: cancellationToken));
        return row?.ToStored(sealer);
    }

    /// <summary>Saves the person's plan, replacing any earlier one whole; records the person first if they are new.</summary>
    public async Task SaveAsync(ulong userId, SafetyPlanText plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        const string ensureUser = "INSERT OR IGNORE INTO users (user_id, created_at) VALUES (@UserId, @Now);";
        const string upsert = """
            INSERT INTO safety_plans (user_id, warning_signs, calming, contacts, reasons, created_at, updated_at)
            VALUES (@UserId, @WarningSigns, @Calming, @Contacts, @Reasons, @Now, @Now)
            ON CONFLICT (user_id) DO UPDATE SET
                warning_signs = excluded.warning_signs,
                calming = excluded.calming,
                contacts = excluded.contacts,
                reasons = excluded.reasons,
                updated_at = excluded.updated_at;
            """;
        var parameters = new
        {
            UserId = DbValues.Id(userId),
            WarningSigns = sealer.SealOptional(plan.WarningSigns, SealedColumns.Purpose(SealedColumns.SafetyPlanWarningSigns, userId)),
            Calming = sealer.SealOptional(plan.Calming, SealedColumns.Purpose(SealedColumns.SafetyPlanCalming, userId)),
            Contacts = sealer.SealOptional(plan.Contacts, SealedColumns.Purpose(SealedColumns.SafetyPlanContacts, userId)),
            Reasons = sealer.SealOptional(plan.Reasons, SealedColumns.Purpose(SealedColumns.SafetyPlanReasons, userId)),
            Now = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ensureUser, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(upsert, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes the person's plan.</summary>
    /// <returns>True when there was a plan to delete.</returns>
    public async Task<bool> DeleteAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM safety_plans WHERE user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            sql, new { UserId = DbValues.Id(userId) }, cancellationToken: cancellationToken));
        return deleted > 0;
    }
}

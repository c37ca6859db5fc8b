using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Checkins;

/// <summary>The answers people give to check-ins: moods, reflections and skipped days.</summary>
public sealed partial class CheckinRepository
{
    /// <summary>The longest reflection stored, the most a Discord text input accepts.</summary>
    public const int MaxReflectionLength = 4000;

    // An entry links to a delivery only when that delivery is the same person's; a button from
    // someone else's DM, or one whose delivery is gone, stores the answer without the link.
    private const string OwnDeliverySql = "(SELECT id FROM checkin_deliveries WHERE id = @DeliveryId AND user_id = @UserId)";

    /// <summary>
    /// Records the person's mood (1 to 5) for a local date, recording the person first if they are
    /// new. There is one mood per day: a later click replaces the value.
    /// </summary>
    public async Task RecordMoodAsync(
        ulong userId, long? deliveryId, DateOnly localDate, int mood, string? promptId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mood, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mood, 5);
        const string sql = $"""
            INSERT INTO checkin_entries (user_id, delivery_id, local_date, kind, mood, prompt_id, created_at, updated_at)
            VALUES (@UserId, {OwnDeliverySql}, @LocalDate, 'mood', @Mood, @PromptId, @Now, @Now)
            ON CONFLICT (user_id, local_date) WHERE kind = 'mood' DO UPDATE SET
                mood = excluded.mood,
                delivery_id = coalesce(excluded.delivery_id, delivery_id),
                prompt_id = coalesce(excluded.prompt_id, prompt_id),
                updated_at = excluded.updated_at;
            """;
        await WriteEntryAsync(sql, new
        {
            UserId = DbValues.Id(userId),
            DeliveryId = deliveryId,
            LocalDate = DbValues.LocalDate(localDate),
            Mood = mood,
            PromptId = promptId,
            Now = DbValues.Time(now),
        }, cancellationToken);
    }

    /// <summary>
    /// Stores a written reflection for a local date, recording the person first if they are new.
    /// A day may hold many reflections.
    /// </summary>
    /// <returns>The new entry's id.</returns>
    public async Task<long> AddReflectionAsync(
        ulong userId, long? deliveryId, DateOnly localDate, string? promptId, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxReflectionLength, nameof(text));
        const string sql = $"""
            INSERT INTO checkin_entries (user_id, delivery_id, local_date, kind, text, prompt_id, created_at, updated_at)
            VALUES (@UserId, {OwnDeliverySql}, @LocalDate, 'reflection', @Text, @PromptId, @Now, @Now)
            RETURNING id;
            """;
        var parameters = new
        {
            UserId = DbValues.Id(userId),
            DeliveryId = deliveryId,
            LocalDate = DbValues.LocalDate(localDate),
            Text = sealer.Seal(text, SealedColumns.Purpose(SealedColumns.CheckinEntryText, userId)),
            PromptId = promptId,
            Now = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(EnsureUserSql, parameters, transaction, cancellationToken: cancellationToken));
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Records that the person skipped a local date, recording them first if new; a second skip changes nothing.</summary>
    public async Task RecordSkipAsync(ulong userId, long? deliveryId, DateOnly localDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = $"""
            INSERT INTO checkin_entries (user_id, delivery_id, local_date, kind, created_at, updated_at)
            VALUES (@UserId, {OwnDeliverySql}, @LocalDate, 'skip', @Now, @Now)
            ON CONFLICT (user_id, local_date) WHERE kind = 'skip' DO NOTHING;
            """;
        await WriteEntryAsync(sql, new
        {
            UserId = DbValues.Id(userId),
            DeliveryId = deliveryId,
            LocalDate = DbValues.LocalDate(localDate),
            Now = DbValues.Time(now),
        }, cancellationToken);
    }

    /// <summary>
    /// The person's entries from <paramref name="from"/> to <paramref name="to"/> inclusive: newest
    /// date first, and within a day in the order they were written.
    /// </summary>
    public async Task<IReadOnlyList<StoredEntry>> GetEntriesAsync(ulong userId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {EntryRow.Columns} FROM checkin_entries
            WHERE user_id = @UserId AND local_date BETWEEN @From AND @To
            ORDER BY local_date DESC, created_at, id;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(
            sql, DateRange(userId, from, to), cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored(sealer)).ToList();
    }

    /// <summary>
    /// The local dates since <paramref name="since"/> (inclusive) on which the person answered at
    /// all (a mood, a reflection or a skip), newest first.
    /// </summary>
    public async Task<IReadOnlyList<DateOnly>> GetAnsweredDatesAsync(ulong userId, DateOnly since, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT DISTINCT local_date FROM checkin_entries
            WHERE user_id = @UserId AND local_date >= @Since
            ORDER BY local_date DESC;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var dates = await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { UserId = DbValues.Id(userId), Since = DbValues.LocalDate(since) }, cancellationToken: cancellationToken));
        return dates.Select(DbValues.ParseLocalDate).ToList();
    }

    /// <summary>The person's mood for each local date from <paramref name="from"/> to <paramref name="to"/> inclusive that has one, oldest first.</summary>
    public async Task<IReadOnlyList<DailyMood>> GetMoodsAsync(ulong userId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT local_date AS LocalDate, mood AS Mood FROM checkin_entries
            WHERE user_id = @UserId AND kind = 'mood' AND local_date BETWEEN @From AND @To
            ORDER BY local_date;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string LocalDate, long Mood)>(new CommandDefinition(
            sql, DateRange(userId, from, to), cancellationToken: cancellationToken));
        return rows.Select(row => new DailyMood(DbValues.ParseLocalDate(row.LocalDate), checked((int)row.Mood))).ToList();
    }

    private static object DateRange(ulong userId, DateOnly from, DateOnly to) =>
        new { UserId = DbValues.Id(userId), From = DbValues.LocalDate(from), To = DbValues.LocalDate(to) };

    private async Task WriteEntryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(EnsureUserSql, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}

using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Quiz;

/// <summary>
/// The quiz tables: the quiz each person has in progress, their finished results and their shares.
/// Every change to a quiz in progress names the version it expects, so a stale or double click
/// changes nothing and a result is never counted twice.
/// </summary>
public sealed class QuizRepository(SqliteConnectionFactory connections, TextSealer sealer)
{
    private const string SessionColumns = """
        user_id AS UserId, mode AS Mode, item_ids AS ItemIds, answers AS Answers, version AS Version,
        origin_channel_id AS OriginChannelId, origin_guild_id AS OriginGuildId,
        started_at AS StartedAt, updated_at AS UpdatedAt
        """;

    private const string ResultColumns = """
        id AS Id, user_id AS UserId, mode AS Mode, anxiety AS Anxiety, avoidance AS Avoidance,
        pattern AS Pattern, near_pattern AS NearPattern, item_ids AS ItemIds, answers AS Answers,
        taken_at AS TakenAt
        """;

    /// <summary>
    /// Starts a quiz with no answers, replacing any quiz the person had in progress, and records
    /// the person first if they are new. Mode is "short" or "full"; the items are in the order they
    /// will be asked; the origin is where the quiz was taken (no guild in a DM).
    /// </summary>
    /// <returns>The new quiz; its <see cref="StoredQuizSession.Version"/> is what the first answer must name.</returns>
    public async Task<StoredQuizSession> StartAsync(
        ulong userId,
        string mode,
        IReadOnlyList<string> itemIds,
        ulong originChannelId,
        ulong? originGuildId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(itemIds.Count, nameof(itemIds));
        const string ensureUser = """
            INSERT OR IGNORE INTO users (user_id, created_at) VALUES (@UserId, @Now);
            """;
        const string upsertSession = """
            INSERT INTO quiz_sessions
                (user_id, mode, item_ids, answers, version, origin_channel_id, origin_guild_id, started_at, updated_at)
            VALUES (@UserId, @Mode, @ItemIds, @Answers, @Version, @OriginChannelId, @OriginGuildId, @Now, @Now)
            ON CONFLICT (user_id) DO UPDATE SET
                mode = excluded.mode,
                item_ids = excluded.item_ids,
                answers = excluded.answers,
                version = excluded.version,
                origin_channel_id = excluded.origin_channel_id,
                origin_guild_id = excluded.origin_guild_id,
                started_at = excluded.started_at,
                updated_at = excluded.updated_at;
            """;
        var version = NewSessionVersion();
        var parameters = new
        {
            UserId = DbValues.Id(userId),
            Mode = mode,
            ItemIds = QuizJson.ItemIds(itemIds),
            Answers = sealer.Seal(QuizJson.Answers([]), SealedColumns.Purpose(SealedColumns.QuizSessionAnswers, userId)),
            Version = version,
            OriginChannelId = DbValues.Id(originChannelId),
            OriginGuildId = originGuildId is { } guildId ? DbValues.Id(guildId) : null,
            Now = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ensureUser, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(upsertSession, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        // Times come back in UTC, as GetSessionAsync would read them.
        var stored = now.ToUniversalTime();
        return new StoredQuizSession(
            userId, mode, itemIds.ToArray(), [], version, originChannelId, originGuildId, stored, stored);
    }

    /// <summary>The person's quiz in progress, or null when they have none.</summary>
    public async Task<StoredQuizSession?> GetSessionAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {SessionColumns} FROM quiz_sessions WHERE user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<QuizSessionRow>(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId) },
            cancellationToken: cancellationToken));
        return row?.ToStored(sealer);
    }

    /// <summary>
    /// Replaces the answers given so far (one more after an answer, one fewer after Back) when the
    /// quiz is still at <paramref name="expectedVersion"/>; the version then becomes one higher.
    /// </summary>
    /// <returns>False when the quiz moved on, was restarted or is gone: a stale or double click. Nothing changes then.</returns>
    public async Task<bool> SaveProgressAsync(
        ulong userId,
        long expectedVersion,
        IReadOnlyList<int> answers,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        EnsureOnScale(answers);
        const string sql = """
            UPDATE quiz_sessions
            SET answers = @Answers, version = version + 1, updated_at = @UpdatedAt
            WHERE user_id = @UserId AND version = @ExpectedVersion;
            """;
        var parameters = new
        {
            UserId = DbValues.Id(userId),
            ExpectedVersion = expectedVersion,
            Answers = sealer.Seal(QuizJson.Answers(answers), SealedColumns.Purpose(SealedColumns.QuizSessionAnswers, userId)),
            UpdatedAt = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var itemCount = await ItemCountAsync(connection, transaction, parameters, cancellationToken);
        if (itemCount is null)
        {
            return false;
        }

        // Sealed answers are opaque to the schema, so the length rule is kept here.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answers.Count, itemCount.Value, nameof(answers));
        var updated = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return updated > 0;
    }

    /// <summary>
    /// Turns the quiz at <paramref name="expectedVersion"/> into a result and ends it, in one
    /// transaction: either the result is stored and the quiz is gone, or nothing changed.
    /// The answers are all of them, one per item, in the quiz's order.
    /// </summary>
    /// <returns>The new result's id, or null when the quiz moved on or is gone (a second click on the last answer).</returns>
    public async Task<long?> CompleteAsync(
        ulong userId,
        long expectedVersion,
        IReadOnlyList<int> answers,
        QuizResultScores scores,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        EnsureOnScale(answers);
        // The mode and items come from the quiz row itself, so a result always matches what was asked.
        const string insertResult = """
            INSERT INTO quiz_results
                (user_id, mode, anxiety, avoidance, pattern, near_pattern, item_ids, answers, taken_at)
            SELECT user_id, mode, @Anxiety, @Avoidance, @Pattern, @NearPattern, item_ids, @Answers, @TakenAt
            FROM quiz_sessions
            WHERE user_id = @UserId AND version = @ExpectedVersion
            RETURNING id;
            """;
        const string deleteSession = "DELETE FROM quiz_sessions WHERE user_id = @UserId AND version = @ExpectedVersion;";
        var parameters = new
        {
            UserId = DbValues.Id(userId),
            ExpectedVersion = expectedVersion,
            scores.Anxiety,
            scores.Avoidance,
            scores.Pattern,
            scores.NearPattern,
            Answers = sealer.Seal(QuizJson.Answers(answers), SealedColumns.Purpose(SealedColumns.QuizResultAnswers, userId)),
            TakenAt = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is taken first, so two clicks cannot both read the quiz.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var itemCount = await ItemCountAsync(connection, transaction, parameters, cancellationToken);
        if (itemCount is null)
        {
            return null;
        }

        // Only a quiz answered to the end becomes a result; sealed answers are opaque to the schema, so this is checked here.
        if (answers.Count != itemCount.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(answers), answers.Count, $"A result needs one answer per item ({itemCount.Value}).");
        }

        var resultId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            insertResult, parameters, transaction, cancellationToken: cancellationToken));
        if (resultId is null)
        {
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(deleteSession, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return resultId;
    }

    /// <summary>Ends the person's quiz in progress, whatever its version (for example when they delete their data).</summary>
    /// <returns>True when there was a quiz to end.</returns>
    public async Task<bool> DeleteSessionAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM quiz_sessions WHERE user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId) },
            cancellationToken: cancellationToken));
        return deleted > 0;
    }

    /// <summary>
    /// Ends the quiz only while it is at <paramref name="expectedVersion"/>, so a Stop button left
    /// on an old message cannot end a quiz started since.
    /// </summary>
    /// <returns>True when the quiz was ended; false when it moved on or is gone.</returns>
    public async Task<bool> DeleteSessionAsync(ulong userId, long expectedVersion, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM quiz_sessions WHERE user_id = @UserId AND version = @ExpectedVersion;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId), ExpectedVersion = expectedVersion },
            cancellationToken: cancellationToken));
        return deleted > 0;
    }

    /// <summary>The person's results, newest first, at most <paramref name="limit"/> of them.</summary>
    public async Task<IReadOnlyList<StoredQuizResult>> GetResultsAsync(ulong userId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // The id breaks ties between results taken in the same instant, in the order they were stored.
        const string sql = $"""
            SELECT {ResultColumns} FROM quiz_results
            WHERE user_id = @UserId
            ORDER BY taken_at DESC, id DESC
            LIMIT @Limit;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<QuizResultRow>(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId), Limit = limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored(sealer)).ToList();
    }

    /// <summary>One of the person's results, or null when there is none with that id that is theirs.</summary>
    public async Task<StoredQuizResult?> FindResultAsync(ulong userId, long resultId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {ResultColumns} FROM quiz_results WHERE id = @ResultId AND user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<QuizResultRow>(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId), ResultId = resultId },
            cancellationToken: cancellationToken));
        return row?.ToStored(sealer);
    }

    /// <summary>Whether the person already shared this result in that channel.</summary>
    public async Task<bool> IsSharedAsync(ulong userId, long resultId, ulong channelId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT EXISTS (
                SELECT 1 FROM quiz_shares
                WHERE result_id = @ResultId AND channel_id = @ChannelId AND user_id = @UserId);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId), ResultId = resultId, ChannelId = DbValues.Id(channelId) },
            cancellationToken: cancellationToken));
    }

    /// <summary>Where the person's shared results were posted, as (channel, message) pairs, oldest first.</summary>
    public async Task<IReadOnlyList<(ulong ChannelId, ulong MessageId)>> GetSharedPostsAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT channel_id, message_id FROM quiz_shares WHERE user_id = @UserId ORDER BY id;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string)>(new CommandDefinition(
            sql, new { UserId = DbValues.Id(userId) }, cancellationToken: cancellationToken));
        return rows.Select(row => (ulong.Parse(row.Item1, CultureInfo.InvariantCulture), ulong.Parse(row.Item2, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Records that the person posted their result in a channel.</summary>
    /// <returns>False when it was already shared there, or the result is not theirs; nothing is recorded then.</returns>
    public async Task<bool> RecordShareAsync(
        ulong userId,
        long resultId,
        ulong channelId,
        ulong messageId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // Selecting from quiz_results means only the result's owner can record a share of it.
        const string sql = """
            INSERT INTO quiz_shares (user_id, result_id, channel_id, message_id, shared_at)
            SELECT user_id, id, @ChannelId, @MessageId, @SharedAt
            FROM quiz_results
            WHERE id = @ResultId AND user_id = @UserId
            ON CONFLICT (result_id, channel_id) DO NOTHING;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new
            {
                UserId = DbValues.Id(userId),
                ResultId = resultId,
                ChannelId = DbValues.Id(channelId),
                MessageId = DbValues.Id(messageId),
                SharedAt = DbValues.Time(now),
            },
            cancellationToken: cancellationToken));
        return inserted > 0;
    }

    // A new quiz starts at a random version rather than 1, so a button left on a message from an
    // earlier quiz (finished, restarted, or deleted with the person's data) never names the new one.
    // Below 2^53 the number stays exact wherever it travels, JSON included.
    private static long NewSessionVersion() => Random.Shared.NextInt64(1, 1L << 53);

    // The number of items in the quiz at the expected version, or null when it moved on or is gone.
    private static async Task<int?> ItemCountAsync(
        SqliteConnection connection, SqliteTransaction transaction, object parameters, CancellationToken cancellationToken)
    {
        const string sql = "SELECT item_ids FROM quiz_sessions WHERE user_id = @UserId AND version = @ExpectedVersion;";
        var itemIds = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            sql, parameters, transaction, cancellationToken: cancellationToken));
        return itemIds is null ? null : QuizJson.ParseItemIds(itemIds).Length;
    }

    private static void EnsureOnScale(IReadOnlyList<int> answers)
    {
        foreach (var answer in answers)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(answer, 1, nameof(answers));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(answer, 7, nameof(answers));
        }
    }
}

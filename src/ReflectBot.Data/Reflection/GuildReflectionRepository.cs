using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Reflection;

/// <summary>
/// A server's prompt of the day: its settings, the posts the scheduler decided to make and the
/// prompts already used. Claims name the due time they read, so a day is posted once.
/// </summary>
public sealed class GuildReflectionRepository(SqliteConnectionFactory connections)
{
    /// <summary>Turns the prompt of the day on, or changes its settings, recording the server first if it is new.</summary>
    public async Task SetAsync(
        ulong guildId,
        ulong channelId,
        TimeOnly localTime,
        string timeZone,
        bool startThread,
        DateTimeOffset nextDueAt,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        const string ensureGuild = "INSERT OR IGNORE INTO guilds (guild_id, joined_at) VALUES (@GuildId, @Now);";
        const string upsert = """
            INSERT INTO guild_reflection_settings (guild_id, channel_id, local_time, time_zone, start_thread, next_due_at, updated_at)
            VALUES (@GuildId, @ChannelId, @LocalTime, @TimeZone, @StartThread, @NextDueAt, @Now)
            ON CONFLICT (guild_id) DO UPDATE SET
                channel_id = excluded.channel_id,
                local_time = excluded.local_time,
                time_zone = excluded.time_zone,
                start_thread = excluded.start_thread,
                next_due_at = excluded.next_due_at,
                updated_at = excluded.updated_at;
            """;
        var parameters = new
        {
            GuildId = DbValues.Id(guildId),
            ChannelId = DbValues.Id(channelId),
            LocalTime = DbValues.ClockTime(localTime),
            TimeZone = timeZone,
            StartThread = DbValues.Flag(startThread),
            NextDueAt = DbValues.Time(nextDueAt),
            Now = DbValues.Time(now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ensureGuild, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(upsert, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Turns the prompt of the day off: the settings go, and posts recorded but not yet made are
    /// skipped so a resend cannot post after the server said stop. Past posts and history stay.
    /// </summary>
    /// <returns>False when it was not on.</returns>
    public async Task<bool> DisableAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string delete = "DELETE FROM guild_reflection_settings WHERE guild_id = @GuildId;";
        const string skipPending = """
            UPDATE guild_prompt_posts SET state = 'skipped', failure = 'disabled'
            WHERE guild_id = @GuildId AND state = 'pending';
            """;
        var parameters = new { GuildId = DbValues.Id(guildId) };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(delete, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(skipPending, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    /// <summary>The server's settings, or null when the prompt of the day is off.</summary>
    public async Task<StoredGuildReflection?> GetAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {GuildReflectionRow.Columns} FROM guild_reflection_settings WHERE guild_id = @GuildId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<GuildReflectionRow>(new CommandDefinition(
            sql, new { GuildId = DbValues.Id(guildId) }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    /// <summary>Servers whose prompt is due at <paramref name="now"/>, earliest first.</summary>
    public async Task<IReadOnlyList<StoredGuildReflection>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = $"""
            SELECT {GuildReflectionRow.Columns} FROM guild_reflection_settings
            WHERE next_due_at <= @Now
            ORDER BY next_due_at, guild_id
            LIMIT @Limit;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<GuildReflectionRow>(new CommandDefinition(
            sql, new { Now = DbValues.Time(now), Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    /// <summary>The earliest prompt due in any server, or null when no server has it on.</summary>
    public async Task<DateTimeOffset?> GetNextWakeAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT MIN(next_due_at) FROM guild_reflection_settings;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var earliest = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return DbValues.ParseOptionalTime(earliest);
    }

    /// <summary>The server's current prompt cycle and the prompts already posted in it.</summary>
    public async Task<PromptCycle> GetPromptCycleAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT cycle AS Cycle, prompt_id AS PromptId FROM guild_prompt_history
            WHERE guild_id = @GuildId AND cycle = (SELECT MAX(cycle) FROM guild_prompt_history WHERE guild_id = @GuildId);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Cycle, string PromptId)>(new CommandDefinition(
            sql, new { GuildId = DbValues.Id(guildId) }, cancellationToken: cancellationToken));
        return PromptCycles.From(rows);
    }

    /// <summary>
    /// Claims a server's due post in one transaction: moves the due time from the value the
    /// scheduler read to the next one, records the post as pending with a fresh nonce, and adds the
    /// prompt to the server's history.
    /// </summary>
    /// <returns>
    /// The pending post to make; null when the due time had already moved (nothing changes) or the
    /// server already has a post for that local date (the due time still moves on).
    /// </returns>
    public async Task<StoredGuildPost?> ClaimAsync(GuildPostClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrWhiteSpace(claim.PromptId, nameof(claim));
        ArgumentOutOfRangeException.ThrowIfLessThan(claim.Cycle, 1, nameof(claim));
        const string advance = """
            UPDATE guild_reflection_settings SET next_due_at = @NextDueAt, updated_at = @Now
            WHERE guild_id = @GuildId AND next_due_at = @ExpectedDueAt;
            """;
        const string insertPost = """
            INSERT INTO guild_prompt_posts (guild_id, local_date, due_at, prompt_id, channel_id, nonce, state, created_at)
            VALUES (@GuildId, @LocalDate, @ExpectedDueAt, @PromptId, @ChannelId, @Nonce, 'pending', @Now)
            ON CONFLICT (guild_id, local_date) DO NOTHING
            RETURNING id;
            """;
        const string insertHistory = """
            INSERT OR IGNORE INTO guild_prompt_history (guild_id, prompt_id, cycle, used_at)
            VALUES (@GuildId, @PromptId, @Cycle, @Now);
            """;
        var parameters = new
        {
            GuildId = DbValues.Id(claim.GuildId),
            ExpectedDueAt = DbValues.Time(claim.ExpectedDueAt),
            LocalDate = DbValues.LocalDate(claim.LocalDate),
            claim.PromptId,
            claim.Cycle,
            ChannelId = DbValues.Id(claim.ChannelId),
            NextDueAt = DbValues.Time(claim.NextDueAt),
            Nonce = Nonces.New(),
            Now = DbValues.Time(claim.Now),
        };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var advanced = await connection.ExecuteAsync(new CommandDefinition(advance, parameters, transaction, cancellationToken: cancellationToken));
        if (advanced == 0)
        {
            return null;
        }

        var postId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            insertPost, parameters, transaction, cancellationToken: cancellationToken));
        StoredGuildPost? stored = null;
        if (postId is { } id)
        {
            await connection.ExecuteAsync(new CommandDefinition(insertHistory, parameters, transaction, cancellationToken: cancellationToken));
            stored = await ReadPostAsync(connection, transaction, id, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>Posts recorded but not known to have been made, oldest first: the scheduler posts them again with the same nonce.</summary>
    public async Task<IReadOnlyList<StoredGuildPost>> GetPendingAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = $"""
            SELECT {GuildPostRow.Columns} FROM guild_prompt_posts
            WHERE state = 'pending'
            ORDER BY due_at, id
            LIMIT @Limit;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<GuildPostRow>(new CommandDefinition(
            sql, new { Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    /// <summary>The server's most recent post (any state), or null when it never had one: /config show reports how it went.</summary>
    public async Task<StoredGuildPost?> GetLatestPostAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {GuildPostRow.Columns} FROM guild_prompt_posts
            WHERE guild_id = @GuildId
            ORDER BY local_date DESC, id DESC
            LIMIT 1;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<GuildPostRow>(new CommandDefinition(
            sql, new { GuildId = DbValues.Id(guildId) }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    /// <summary>Records that Discord accepted the post, and the thread opened for it if any.</summary>
    public async Task MarkSentAsync(long postId, ulong messageId, ulong? threadId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The message exists whatever the row said before, so only a post already recorded as sent keeps its first record.
        const string sql = """
            UPDATE guild_prompt_posts
            SET state = 'sent', message_id = @MessageId, thread_id = @ThreadId, sent_at = @Now, failure = NULL
            WHERE id = @PostId AND state <> 'sent';
            """;
        await ExecuteAsync(sql, new
        {
            PostId = postId,
            MessageId = DbValues.Id(messageId),
            ThreadId = DbValues.Id(threadId),
            Now = DbValues.Time(now),
        }, cancellationToken);
    }

    /// <summary>Records that Discord refused a pending post (for example the channel is gone or the bot lost access).</summary>
    public Task MarkFailedAsync(long postId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        EndPendingAsync(postId, DeliveryState.Failed, reason, cancellationToken);

    /// <summary>Gives up on a pending post on purpose, for example because it is too late in the day.</summary>
    public Task MarkSkippedAsync(long postId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        EndPendingAsync(postId, DeliveryState.Skipped, reason, cancellationToken);

    private async Task EndPendingAsync(long postId, string state, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        const string sql = """
            UPDATE guild_prompt_posts SET state = @State, failure = @Reason
            WHERE id = @PostId AND state = 'pending';
            """;
        await ExecuteAsync(sql, new { PostId = postId, State = state, Reason = reason }, cancellationToken);
    }

    private static async Task<StoredGuildPost?> ReadPostAsync(
        SqliteConnection connection, SqliteTransaction transaction, long postId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {GuildPostRow.Columns} FROM guild_prompt_posts WHERE id = @PostId;";
        var row = await connection.QuerySingleOrDefaultAsync<GuildPostRow>(new CommandDefinition(
            sql, new { PostId = postId }, transaction, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}

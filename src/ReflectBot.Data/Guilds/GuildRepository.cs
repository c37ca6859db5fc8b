using Dapper;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Privacy;

namespace ReflectBot.Data.Guilds;

/// <summary>The guilds table: the root every per-server row hangs from.</summary>
public sealed class GuildRepository(SqliteConnectionFactory connections)
{
    /// <summary>Records the server if new; an existing row keeps its first join time.</summary>
    public async Task EnsureAsync(ulong guildId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO guilds (guild_id, joined_at) VALUES (@GuildId, @JoinedAt)
            ON CONFLICT (guild_id) DO NOTHING;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { GuildId = DbValues.Id(guildId), JoinedAt = DbValues.Time(now) },
            cancellationToken: cancellationToken));
    }

    /// <summary>Finds a server, or null when the bot holds nothing for it.</summary>
    public async Task<StoredGuild?> FindAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT guild_id, joined_at FROM guilds WHERE guild_id = @GuildId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string GuildId, string JoinedAt)?>(new CommandDefinition(
            sql,
            new { GuildId = DbValues.Id(guildId) },
            cancellationToken: cancellationToken));
        return row is { } found ? new StoredGuild(DbValues.ParseId(found.GuildId), DbValues.ParseTime(found.JoinedAt)) : null;
    }

    /// <summary>Deletes the server and, through ON DELETE CASCADE, all of its settings.</summary>
    /// <returns>True when there was a server to delete.</returns>
    public async Task<bool> DeleteAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM guilds WHERE guild_id = @GuildId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { GuildId = DbValues.Id(guildId) },
            cancellationToken: cancellationToken));
        return deleted > 0;
    }

    /// <summary>
    /// Forgets the server: deletes its row and every row in a table with a guild_id column (settings, posts,
    /// history), found by walking the schema, in one transaction. People's own data stays.
    /// </summary>
    /// <returns>How many rows were deleted in all.</returns>
    /// <summary>Every server the bot holds anything for.</summary>
    public async Task<IReadOnlyList<ulong>> GetIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition("SELECT guild_id FROM guilds ORDER BY guild_id;", cancellationToken: cancellationToken));
        return ids.Select(id => ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    public async Task<int> ForgetAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var rows = await OwnedRows.DeleteAsync(connections, OwnedTables.GuildColumn, DbValues.Id(guildId), cancellationToken);
        return rows.Values.Sum();
    }
}

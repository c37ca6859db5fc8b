using Dapper;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Users;

/// <summary>The users table: the root every personal row hangs from.</summary>
public sealed class UserRepository(SqliteConnectionFactory connections)
{
    /// <summary>Records the user if new; an existing row keeps its first creation time.</summary>
    public async Task EnsureAsync(ulong userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO users (user_id, created_at) VALUES (@UserId, @CreatedAt)
            ON CONFLICT (user_id) DO NOTHING;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId), CreatedAt = DbValues.Time(now) },
            cancellationToken: cancellationToken));
    }

    /// <summary>Finds a user, or null when the bot holds nothing for them.</summary>
    public async Task<StoredUser?> FindAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT user_id, created_at FROM users WHERE user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string UserId, string CreatedAt)?>(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId) },
            cancellationToken: cancellationToken));
        return row is { } found ? new StoredUser(DbValues.ParseId(found.UserId), DbValues.ParseTime(found.CreatedAt)) : null;
    }

    /// <summary>Deletes the user and, through ON DELETE CASCADE, everything stored about them.</summary>
    /// <returns>True when there was a user to delete.</returns>
    public async Task<bool> DeleteAsync(ulong userId, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM users WHERE user_id = @UserId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = DbValues.Id(userId) },
            cancellationToken: cancellationToken));
        return deleted > 0;
    }
}

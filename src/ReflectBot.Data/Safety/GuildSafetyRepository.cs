using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Safety;

/// <summary>guild_safety_settings: the crisis resources a server's moderators chose to show.</summary>
public sealed class GuildSafetyRepository(SqliteConnectionFactory connections)
{
    /// <summary>The longest crisis resources text a server may set.</summary>
    public const int MaxCrisisResourcesLength = 1500;

    /// <summary>The server's crisis resources, or null when it set none.</summary>
    public async Task<string?> GetCrisisResourcesAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT crisis_resources FROM guild_safety_settings WHERE guild_id = @GuildId;";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            sql, new { GuildId = DbValues.Id(guildId) }, cancellationToken: cancellationToken));
    }

    /// <summary>Sets the server's crisis resources (1 to 1500 characters), or clears them with null; records the server first if it is new.</summary>
    public async Task SetCrisisResourcesAsync(ulong guildId, string? text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (text is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxCrisisResourcesLength, nameof(text));
        }

        const string ensureGuild = """
            INSERT INTO guilds (guild_id, joined_at) VALUES (@GuildId, @Now)
            ON CONFLICT (guild_id) DO NOTHING;
            """;
        const string upsert = """
            INSERT INTO guild_safety_settings (guild_id, crisis_resources, updated_at) VALUES (@GuildId, @Text, @Now)
            ON CONFLICT (guild_id) DO UPDATE SET crisis_resources = excluded.crisis_resources, updated_at = excluded.updated_at;
            """;
        const string clear = "DELETE FROM guild_safety_settings WHERE guild_id = @GuildId;";
        var parameters = new { GuildId = DbValues.Id(guildId), Text = text, Now = DbValues.Time(now) };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (text is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(clear, parameters, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition(ensureGuild, parameters, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(upsert, parameters, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

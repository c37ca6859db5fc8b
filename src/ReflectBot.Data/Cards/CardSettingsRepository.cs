using Dapper;
using Microsoft.Data.Sqlite;
using ReflectBot.Data.Connections;

namespace ReflectBot.Data.Cards;

/// <summary>guild_card_settings: who may share cards in a server beyond Manage Messages, and whether mature cards may be shared.</summary>
public sealed class CardSettingsRepository(SqliteConnectionFactory connections)
{
    /// <summary>The server's settings, or null when it never changed them (then no mod role, mature cards allowed).</summary>
    public async Task<StoredCardSettings?> GetAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT guild_id AS GuildId, mod_role_id AS ModRoleId, mature_allowed AS MatureAllowed, updated_at AS UpdatedAt
            FROM guild_card_settings WHERE guild_id = @GuildId;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CardSettingsRow>(new CommandDefinition(
            sql, new { GuildId = DbValues.Id(guildId) }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    /// <summary>Sets the role whose members may share cards, or clears it with null; records the server first if it is new.</summary>
    public Task SetModRoleAsync(ulong guildId, ulong? roleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string upsert = """
            INSERT INTO guild_card_settings (guild_id, mod_role_id, updated_at) VALUES (@GuildId, @Value, @Now)
            ON CONFLICT (guild_id) DO UPDATE SET mod_role_id = excluded.mod_role_id, updated_at = excluded.updated_at;
            """;
        return UpsertAsync(upsert, guildId, roleId is { } id ? DbValues.Id(id) : null, now, cancellationToken);
    }

    /// <summary>Allows or forbids sharing mature cards in the server; records the server first if it is new.</summary>
    public Task SetMatureAllowedAsync(ulong guildId, bool allowed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string upsert = """
            INSERT INTO guild_card_settings (guild_id, mature_allowed, updated_at) VALUES (@GuildId, @Value, @Now)
            ON CONFLICT (guild_id) DO UPDATE SET mature_allowed = excluded.mature_allowed, updated_at = excluded.updated_at;
            """;
        return UpsertAsync(upsert, guildId, DbValues.Flag(allowed), now, cancellationToken);
    }

    private async Task UpsertAsync(string upsert, ulong guildId, object? value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string ensureGuild = """
            INSERT INTO guilds (guild_id, joined_at) VALUES (@GuildId, @Now)
            ON CONFLICT (guild_id) DO NOTHING;
            """;
        var parameters = new { GuildId = DbValues.Id(guildId), Value = value, Now = DbValues.Time(now) };

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ensureGuild, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(upsert, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}

using ReflectBot.Data.Guilds;
using ReflectBot.Discord.Models;

namespace ReflectBot.Servers;

/// <summary>
/// When a server removes the bot, forgets that server's settings, posts and history; people's own data stays theirs.
/// An outage (GUILD_DELETE with unavailable: true) changes nothing: the server comes back with its settings.
/// </summary>
public sealed partial class ServerDeparture(GuildRepository guilds, ILogger<ServerDeparture> logger)
{
    /// <summary>Handles one GUILD_DELETE; returns whether the server was forgotten.</summary>
    public async Task<bool> HandleAsync(UnavailableGuild guild, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guild);
        if (!guild.IsRemoval)
        {
            LogOutage(guild.Id.Value);
            return false;
        }

        var rows = await guilds.ForgetAsync(guild.Id.Value, cancellationToken);
        LogForgotten(guild.Id.Value, rows);
        return true;
    }

    /// <summary>
    /// On READY: forgets every stored server that READY no longer lists, so a removal while the bot was offline
    /// (which sends no GUILD_DELETE) is noticed too. Servers in an outage are still listed, so they are kept.
    /// </summary>
    /// <returns>How many servers were forgotten.</returns>
    public async Task<int> ReconcileAsync(IReadOnlyCollection<UnavailableGuild> listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var present = listed.Select(guild => guild.Id.Value).ToHashSet();
        var forgotten = 0;
        foreach (var guildId in await guilds.GetIdsAsync(cancellationToken))
        {
            if (!present.Contains(guildId))
            {
                var rows = await guilds.ForgetAsync(guildId, cancellationToken);
                LogForgottenWhileAway(guildId, rows);
                forgotten++;
            }
        }

        LogReconciled(present.Count, forgotten);
        return forgotten;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "READY lists {Listed} server(s); {Forgotten} stored server(s) that it no longer lists were forgotten")]
    private partial void LogReconciled(int listed, int forgotten);

    [LoggerMessage(Level = LogLevel.Information, Message = "Server {GuildId} removed the bot while it was away; forgot its settings ({Rows} rows)")]
    private partial void LogForgottenWhileAway(ulong guildId, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed from server {GuildId}; forgot its settings ({Rows} rows)")]
    private partial void LogForgotten(ulong guildId, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Server {GuildId} is unavailable for now; its settings are kept")]
    private partial void LogOutage(ulong guildId);
}

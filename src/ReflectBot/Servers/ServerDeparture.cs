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

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed from server {GuildId}; forgot its settings ({Rows} rows)")]
    private partial void LogForgotten(ulong guildId, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Server {GuildId} is unavailable for now; its settings are kept")]
    private partial void LogOutage(ulong guildId);
}

using Microsoft.Extensions.Options;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Hosting;

namespace ReflectBot.Interactions;

/// <summary>
/// Replaces the application's commands with the catalog in one bulk overwrite: globally, or in the
/// development guild when one is configured.
/// </summary>
public sealed partial class CommandRegistrar(
    CommandCatalog catalog,
    DiscordRestClient rest,
    IOptions<CommandRegistrationOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(Snowflake applicationId, CancellationToken cancellationToken)
    {
        if (options.Value.DevGuildId is { } guildId)
        {
            var stored = await rest.OverwriteGuildCommandsAsync(applicationId, new Snowflake(guildId), catalog.Definitions, cancellationToken);
            LogRegisteredInGuild(stored.Count, guildId);
            return;
        }

        var global = await rest.OverwriteGlobalCommandsAsync(applicationId, catalog.Definitions, cancellationToken);
        LogRegisteredGlobally(global.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} command(s) in development guild {GuildId}")]
    private partial void LogRegisteredInGuild(int count, ulong guildId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} command(s) globally")]
    private partial void LogRegisteredGlobally(int count);
}

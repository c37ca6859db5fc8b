using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Servers;

/// <summary>Who may change a server's ReflectBot settings: members with Manage Server (or Administrator), checked from the interaction itself.</summary>
public static class ServerSettingsAccess
{
    public const string ServersOnly = "Server settings only make sense inside a server. Run /config there.";

    public const string NeedsManageServer =
        "Only members with the Manage Server permission can change ReflectBot's server settings, so nothing was changed.";

    /// <summary>The server's id when the member may change its settings; otherwise says why not and returns null.</summary>
    public static async Task<Snowflake?> RefuseUnlessManagerAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (interaction.GuildId is not { } guildId || interaction.Member is not { } member)
        {
            await context.RespondAsync(InteractionReply.Text(ServersOnly), cancellationToken);
            return null;
        }

        var granted = member.Permissions ?? 0;
        if ((granted & (Permissions.ManageGuild | Permissions.Administrator)) == 0)
        {
            await context.RespondAsync(InteractionReply.Text(NeedsManageServer), cancellationToken);
            return null;
        }

        return guildId;
    }
}

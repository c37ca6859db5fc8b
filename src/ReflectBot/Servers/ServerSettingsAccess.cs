using ReflectBot.Commands.PromptOfTheDay;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Config;

/// <summary>Who may change a server's ReflectBot settings: members with Manage Server (or Administrator), checked from the interaction itself.</summary>
public static class ServerSettingsAccess
{
    /// <summary>The server's id when the member may change its settings; otherwise says why not and returns null.</summary>
    public static async Task<Snowflake?> RefuseUnlessManagerAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (interaction.GuildId is not { } guildId || interaction.Member is not { } member)
        {
            await context.RespondAsync(InteractionReply.Text(PromptOfTheDayTexts.ServersOnly), cancellationToken);
            return null;
        }

        var granted = member.Permissions ?? 0;
        if ((granted & (Permissions.ManageGuild | Permissions.Administrator)) == 0)
        {
            await context.RespondAsync(InteractionReply.Text(PromptOfTheDayTexts.NeedsManageServer), cancellationToken);
            return null;
        }

        return guildId;
    }
}

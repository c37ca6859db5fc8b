using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>Shapes of command definitions the bot uses more than once.</summary>
public static class SlashCommandDefinitions
{
    /// <summary>
    /// A chat command usable in servers, in DMs with the bot and in other DMs when the app is
    /// installed to a user's account, so support is there wherever someone is.
    /// </summary>
    public static ApplicationCommand Everywhere(string name, string description, IReadOnlyList<ApplicationCommandOption>? options = null) => new()
    {
        Name = name,
        Description = description,
        Type = ApplicationCommandType.ChatInput,
        Options = options,
        Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm, InteractionContextType.PrivateChannel],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
    };
}

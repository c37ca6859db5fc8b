namespace ReflectBot.Discord.Models;

/// <summary>Slash command, user context menu, message context menu or entry point.</summary>
public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
    PrimaryEntryPoint = 4,
}

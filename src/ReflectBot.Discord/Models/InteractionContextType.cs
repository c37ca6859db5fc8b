namespace ReflectBot.Discord.Models;

/// <summary>Where an interaction happened or where a command may be used.</summary>
public enum InteractionContextType
{
    Guild = 0,
    BotDm = 1,
    PrivateChannel = 2,
}

namespace ReflectBot.Discord.Gateway;

/// <summary>Gateway intents: which groups of events the bot asks Discord for.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMembers = 1 << 1,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    MessageContent = 1 << 15,
}

namespace ReflectBot.Discord.Models;

/// <summary>How an app is installed: to a server or to a user.</summary>
public enum ApplicationIntegrationType
{
    GuildInstall = 0,
    UserInstall = 1,
}

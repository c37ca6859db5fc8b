namespace ReflectBot.Hosting;

/// <summary>Where the bot registers its slash commands; read from the Discord section.</summary>
public sealed class CommandRegistrationOptions
{
    public const string SectionName = "Discord";

    /// <summary>When set, commands are registered in this guild only, where they update at once: handy while developing.</summary>
    public ulong? DevGuildId { get; set; }
}

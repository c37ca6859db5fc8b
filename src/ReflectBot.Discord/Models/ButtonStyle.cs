namespace ReflectBot.Discord.Models;

/// <summary>How a button looks; Link buttons carry a url instead of a custom id.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
    Premium = 6,
}

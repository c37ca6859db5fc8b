namespace ReflectBot.Discord.Models;

/// <summary>One-line or multi-line text input in a modal.</summary>
public enum TextInputStyle
{
    Short = 1,
    Paragraph = 2,
}

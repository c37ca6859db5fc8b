namespace ReflectBot.Core.Reflection;

/// <summary>
/// The size and spread prompts/reflections/ must have: short enough to read in a DM, and enough prompts per
/// theme and pattern that a daily check-in does not circle back to the same few questions.
/// </summary>
public static class ReflectionContentLimits
{
    public const int TextMaxLength = 400;
    public const int MinPrompts = 60;
    public const int MinPromptsPerTheme = 4;
    public const int MinPromptsPerPattern = 5;
}

using ReflectBot.Core.Quiz;
using ReflectBot.Core.Reflection;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Reflection;

/// <summary>
/// A minimal valid prompts/reflections/ folder: 60 prompts, each theme on 7 or 8 of them, each pattern on 12;
/// every fifth prompt has no pattern, as prompts for everyone may.
/// </summary>
internal static class ReflectionContent
{
    public const int Count = ReflectionContentLimits.MinPrompts;

    public static void WriteValid(TempPromptsFolder prompts)
    {
        Directory.CreateDirectory(Path.Combine(prompts.Path, "reflections"));
        for (var i = 1; i <= Count; i++)
        {
            prompts.Write($"reflections/{IdOf(i)}.yaml", Prompt(IdOf(i), ThemesOf(i), PatternsOf(i)));
        }
    }

    public static string IdOf(int i) => $"prompt-{i:00}";

    public static string Prompt(string id, string themes, string? patterns) =>
        $"""
        id: {id}
        text: |
          What did you notice in {id}?
        themes: {themes}
        """ + (patterns is null ? "" : $"\npatterns: {patterns}\n");

    // Themes cycle through all eight; prompt i has pattern number i (mod 5), none when that is the fifth.
    private static string ThemesOf(int i) => $"[{ReflectionThemes.All[i % ReflectionThemes.All.Count]}]";

    private static string? PatternsOf(int i) => i % 5 == 0 ? null : $"[{AttachmentPatternIds.All[(i % 5) - 1]}]";
}

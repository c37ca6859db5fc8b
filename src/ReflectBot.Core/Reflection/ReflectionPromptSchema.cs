using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Schema;
using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Reflection;

/// <summary>prompts/reflections/*.yaml: one prompt each; the folder as a whole must cover every theme and pattern.</summary>
public sealed class ReflectionPromptSchema : ContentKind<ReflectionPrompt>
{
    public override string Folder => "reflections";

    protected override ReflectionPrompt Read(MappingReader root, string id)
    {
        var text = root.RequiredText("text", ReflectionContentLimits.TextMaxLength) ?? "";
        var themes = root.RequiredChoices("themes", ReflectionThemes.All) ?? [];
        var patterns = root.OptionalChoices("patterns", AttachmentPatternIds.All);

        return new ReflectionPrompt
        {
            Id = id,
            Text = text,
            Themes = themes,
            Patterns = patterns,
        };
    }

    protected override void CheckTogether(ContentSet<ReflectionPrompt> set)
    {
        if (set.Items.Count < ReflectionContentLimits.MinPrompts)
        {
            set.Report($"there are {set.Items.Count} reflection prompt(s); at least {ReflectionContentLimits.MinPrompts} are needed");
        }

        foreach (var theme in ReflectionThemes.All)
        {
            var count = set.Items.Count(prompt => prompt.Themes.Contains(theme, StringComparer.Ordinal));
            if (count < ReflectionContentLimits.MinPromptsPerTheme)
            {
                set.Report($"theme '{theme}' has {count} prompt(s); it needs at least {ReflectionContentLimits.MinPromptsPerTheme}");
            }
        }

        foreach (var pattern in AttachmentPatternIds.All)
        {
            var count = set.Items.Count(prompt => prompt.Patterns.Contains(pattern, StringComparer.Ordinal));
            if (count < ReflectionContentLimits.MinPromptsPerPattern)
            {
                set.Report($"pattern '{pattern}' has {count} prompt(s); it needs at least {ReflectionContentLimits.MinPromptsPerPattern}");
            }
        }
    }
}

using ReflectBot.Core.Content;

namespace ReflectBot.Core.Reflection;

/// <summary>One daily reflection question, read from prompts/reflections/.</summary>
public sealed record ReflectionPrompt : IContentItem
{
    public required string Id { get; init; }

    /// <summary>The question as the user sees it. Markdown.</summary>
    public required string Text { get; init; }

    /// <summary>The themes the prompt touches; at least one, each from <see cref="ReflectionThemes.All"/>.</summary>
    public required IReadOnlyList<string> Themes { get; init; }

    /// <summary>The attachment patterns the prompt speaks to most; empty when it suits everyone alike.</summary>
    public required IReadOnlyList<string> Patterns { get; init; }
}

using ReflectBot.Core.Content;

namespace ReflectBot.Core.Safety;

/// <summary>One kind of crisis (such as suicide or abuse) and the phrases that signal it, from prompts/crisis/.</summary>
public sealed record CrisisCategory : IContentItem
{
    public required string Id { get; init; }

    /// <summary>A short human name, such as "Thoughts of suicide".</summary>
    public required string Label { get; init; }

    /// <summary>Phrases of one to <see cref="CrisisLimits.MaxPhraseWords"/> words; any one of them, as whole words, is a match.</summary>
    public required IReadOnlyList<string> Phrases { get; init; }

    /// <summary>Everyday idioms that contain a phrase but are not a crisis; a match inside one of them is ignored.</summary>
    public IReadOnlyList<string> SafePhrases { get; init; } = [];
}

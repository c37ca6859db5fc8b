using ReflectBot.Core.Content;

namespace ReflectBot.Core.Safety;

/// <summary>Where to find help in a crisis, shown when a server has not set its own: prompts/crisis/resources/default.yaml.</summary>
public sealed record CrisisResources : IContentItem
{
    public required string Id { get; init; }

    /// <summary>Markdown, at most <see cref="CrisisLimits.ResourcesMaxLength"/> characters, so it fits one embed field.</summary>
    public required string Text { get; init; }
}

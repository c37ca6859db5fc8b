namespace ReflectBot.Core.Content.Pages;

/// <summary>A fixed text the bot shows on request, such as the /about and /help answers.</summary>
public sealed record Page : IContentItem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>One line saying what the page is for.</summary>
    public required string Summary { get; init; }

    /// <summary>Markdown.</summary>
    public required string Body { get; init; }

    public IReadOnlyList<PageField> Fields { get; init; } = [];

    public string? Footer { get; init; }
}

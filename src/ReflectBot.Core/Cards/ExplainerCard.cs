using ReflectBot.Core.Content;

namespace ReflectBot.Core.Cards;

/// <summary>One short explainer, read from prompts/cards/, that a person can read privately or a moderator can share.</summary>
public sealed record ExplainerCard : IContentItem
{
    public required string Id { get; init; }

    /// <summary>The card's heading; one line.</summary>
    public required string Title { get; init; }

    /// <summary>One line saying what the card is about, for lists and suggestions.</summary>
    public required string Summary { get; init; }

    /// <summary>One of <see cref="CardThemes.All"/>.</summary>
    public required string Theme { get; init; }

    /// <summary>Whether the card talks about sex, so it is shared only into age-restricted channels.</summary>
    public required bool Mature { get; init; }

    /// <summary>The articles the card draws on; one to three of <see cref="CardSources.All"/>.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Ids of other cards worth reading next; one to four.</summary>
    public required IReadOnlyList<string> Related { get; init; }

    /// <summary>The card's text. Markdown.</summary>
    public required string Body { get; init; }
}

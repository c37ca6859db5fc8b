using ReflectBot.Core.Content;

namespace ReflectBot.Core.Quiz;

/// <summary>One statement of the quiz, read from prompts/quiz/items/.</summary>
public sealed record QuizItem : IContentItem
{
    public required string Id { get; init; }

    /// <summary>One statement to agree or disagree with.</summary>
    public required string Text { get; init; }

    public required AttachmentDimension Dimension { get; init; }

    public required ItemKeying Keying { get; init; }

    /// <summary>Whether the item is also asked in the short mode.</summary>
    public required bool InShortMode { get; init; }

    /// <summary>Position in the full quiz; the short mode keeps the same relative order.</summary>
    public required int Order { get; init; }
}

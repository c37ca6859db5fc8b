using ReflectBot.Core.Content;

namespace ReflectBot.Core.Quiz;

/// <summary>What the result says about a pattern, read from prompts/quiz/patterns/; sized for one Discord embed.</summary>
public sealed record PatternExplainer : IContentItem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Another name people know the pattern by, if any.</summary>
    public string? AlsoCalled { get; init; }

    /// <summary>A short opening in the language of leanings, never of diagnoses. Markdown.</summary>
    public required string Summary { get; init; }

    /// <summary>How the pattern tends to show up after closeness. Markdown.</summary>
    public required string AfterCloseness { get; init; }

    /// <summary>One or two concrete practices. Markdown.</summary>
    public required string WhatHelps { get; init; }

    /// <summary>That styles can change. Markdown.</summary>
    public required string CanChange { get; init; }

    /// <summary>Where to go next, pointing to /help. Markdown.</summary>
    public required string NextStep { get; init; }
}

using ReflectBot.Core.Content;

namespace ReflectBot.Core.Grounding;

/// <summary>One grounding exercise, read from prompts/grounding/.</summary>
public sealed record GroundingExercise : IContentItem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>One line saying what the exercise is.</summary>
    public required string Summary { get; init; }

    /// <summary>Paced exercises move on by timer; the others when the person presses Next.</summary>
    public required bool Paced { get; init; }

    public required IReadOnlyList<GroundingStep> Steps { get; init; }

    /// <summary>How many rounds of the steps a paced exercise runs; 1 for the others.</summary>
    public required int Repeat { get; init; }

    /// <summary>The last words, shown when the steps are done.</summary>
    public required string Closing { get; init; }
}

namespace ReflectBot.Core.Grounding;

/// <summary>One step of a grounding exercise: what to do, and for how many seconds (always set when paced).</summary>
public sealed record GroundingStep(string Text, int? Seconds);

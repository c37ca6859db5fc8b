namespace ReflectBot.Core.Grounding;

/// <summary>
/// One timed phase of a paced exercise: its step (<paramref name="PhaseIndex"/>, from 0), its
/// round (from 1), what to do, and when it begins counted from the start of the exercise.
/// </summary>
public sealed record BreathingPhase(int PhaseIndex, int Round, string Text, TimeSpan Offset, TimeSpan Length);

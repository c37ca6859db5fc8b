namespace ReflectBot.Data.Grounding;

/// <summary>For one exercise: how many sessions had both ratings, and the mean of (after − before).</summary>
public sealed record GroundingAverageChange(string ExerciseId, int Sessions, double AverageChange);

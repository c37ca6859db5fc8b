namespace ReflectBot.Data.Quiz;

/// <summary>What the scoring made of a finished quiz, as the result row keeps it.</summary>
public sealed record QuizResultScores(double Anxiety, double Avoidance, string Pattern, string? NearPattern);

using NodaTime;

namespace ReflectBot.Core.Checkins;

/// <summary>
/// Days in a row with an answer: <see cref="Current"/> is still alive while the last answer is from yesterday;
/// <see cref="Longest"/> is the best run ever.
/// </summary>
public sealed record Streak(int Current, int Longest, LocalDate? LastAnswered);

namespace ReflectBot.Data.Checkins;

/// <summary>The mood a person gave for one of their local dates, from 1 to 5.</summary>
public sealed record DailyMood(DateOnly Date, int Mood);

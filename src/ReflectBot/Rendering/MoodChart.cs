namespace ReflectBot.Rendering;

/// <summary>One day of the week: its label under the bar (such as "Mon 16") and the mood given, 1 to 5, or null if none.</summary>
public sealed record MoodDay(string Label, int? Mood);

/// <summary>
/// What the weekly mood picture shows: up to a week of days, a title, and the five words for the
/// mood levels from lowest to highest. The host passes the words in, so their wording lives with
/// its content, not in the renderer.
/// </summary>
public sealed record MoodChart(IReadOnlyList<MoodDay> Days, string Title, IReadOnlyList<string> MoodWords);

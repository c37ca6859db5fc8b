using ReflectBot.Rendering;

namespace ReflectBot.Tests.Rendering;

/// <summary>Mood charts the tests draw, with plain words; the feature's real wording lives in its content.</summary>
internal static class MoodChartSamples
{
    public static IReadOnlyList<string> Words { get; } = ["rough", "low", "okay", "good", "great"];

    private static readonly string[] DayLabels = ["Mon 16", "Tue 17", "Wed 18", "Thu 19", "Fri 20", "Sat 21", "Sun 22"];

    /// <summary>A chart of consecutive days from Monday, one per mood given; null is a day with no answer.</summary>
    public static MoodChart Week(params int?[] moods) =>
        new(moods.Select((mood, i) => new MoodDay(DayLabels[i % DayLabels.Length], mood)).ToList(), "Your week", Words);
}

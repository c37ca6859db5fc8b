using ReflectBot.Rendering;

namespace ReflectBot.Tests.Rendering;

/// <summary>Charts the tests draw, with plain labels; the feature's real wording lives in its content.</summary>
internal static class ChartSamples
{
    public static QuizChartLabels Labels { get; } = new(
        Secure: "Secure",
        Anxious: "Anxious",
        Avoidant: "Avoidant",
        FearfulAvoidant: "Fearful-avoidant",
        AnxietyAxis: "Anxiety (1–7)",
        AvoidanceAxis: "Avoidance (1–7)",
        CurrentPoint: "You");

    public static readonly DateTimeOffset Start = new(2026, 1, 5, 18, 0, 0, TimeSpan.Zero);

    public static QuizChart At(double anxiety, double avoidance, double cutoff = 4, params EarlierChartPoint[] earlier) =>
        new(new ChartPoint(anxiety, avoidance), earlier, cutoff, Labels);

    public static EarlierChartPoint Earlier(double anxiety, double avoidance, int daysAfterStart) =>
        new(new ChartPoint(anxiety, avoidance), Start.AddDays(daysAfterStart));
}

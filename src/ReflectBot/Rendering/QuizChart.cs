namespace ReflectBot.Rendering;

/// <summary>A place on the anxiety × avoidance plane; both scores are on the quiz's 1–7 scale.</summary>
public sealed record ChartPoint(double Anxiety, double Avoidance);

/// <summary>A result someone had before, drawn fainter the older it is.</summary>
public sealed record EarlierChartPoint(ChartPoint Point, DateTimeOffset TakenAt);

/// <summary>
/// Every word on the picture. The feature passes them in so its wording lives with its content,
/// not in the renderer.
/// </summary>
public sealed record QuizChartLabels(
    string Secure,
    string Anxious,
    string Avoidant,
    string FearfulAvoidant,
    string AnxietyAxis,
    string AvoidanceAxis,
    string CurrentPoint);

/// <summary>What the result picture shows: this result, the earlier ones and where the lines between patterns sit.</summary>
public sealed record QuizChart(
    ChartPoint Current,
    IReadOnlyList<EarlierChartPoint> Earlier,
    double Cutoff,
    QuizChartLabels Labels);

using ReflectBot.Workloads.Measuring;

namespace ReflectBot.Workloads.Quiz;

/// <summary>
/// What a quiz load did: interactions sent and answered, the late and the unanswered, answers refused as second
/// answers, quizzes finished, the rate reached, and the latency from dispatch to callback. <see cref="LostToRateLimits"/>
/// counts the late and unanswered ones whose every callback attempt within the deadline was answered 429.
/// </summary>
public sealed record QuizLoadReport(
    int Sent,
    int Answered,
    int Late,
    int Unanswered,
    int LostToRateLimits,
    int AnsweredTwice,
    int QuizzesCompleted,
    double AchievedPerSecond,
    TimeSpan Elapsed,
    LatencySummary Latency,
    IReadOnlyList<SecondOfLoad> PerSecond,
    IReadOnlyList<string> Problems)
{
    /// <summary>Every interaction answered, once, in time, but those Discord refused at every attempt.</summary>
    public bool Clean => Late + Unanswered == LostToRateLimits && AnsweredTwice == 0 && Answered + Unanswered == Sent;

    /// <summary>The seconds whose slowest answer passed <paramref name="threshold"/>, slowest first.</summary>
    public IEnumerable<SecondOfLoad> SecondsSlowerThan(TimeSpan threshold) =>
        PerSecond.Where(s => s.Latency.Max > threshold).OrderByDescending(s => s.Latency.Max);
}

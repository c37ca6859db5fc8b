using ReflectBot.Workloads.Measuring;

namespace ReflectBot.Workloads.Quiz;

/// <summary>
/// What a quiz load did: interactions sent and answered, the late and the unanswered, answers refused as second
/// answers, quizzes finished, the rate reached, and the latency from dispatch to callback.
/// </summary>
public sealed record QuizLoadReport(
    int Sent,
    int Answered,
    int Late,
    int Unanswered,
    int AnsweredTwice,
    int QuizzesCompleted,
    double AchievedPerSecond,
    TimeSpan Elapsed,
    LatencySummary Latency,
    IReadOnlyList<string> Problems)
{
    /// <summary>Every interaction answered, once, in time.</summary>
    public bool Clean => Late == 0 && Unanswered == 0 && AnsweredTwice == 0 && Answered == Sent;
}

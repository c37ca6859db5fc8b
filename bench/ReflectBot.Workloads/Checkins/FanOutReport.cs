using ReflectBot.Workloads.Processes;
using ReflectBot.Workloads.Quiz;

namespace ReflectBot.Workloads.Checkins;

/// <summary>
/// What a fan-out did: DMs sent, people with more than one, people with none, how long from the due time to the
/// last DM against the ideal at the global limit, the quiz traffic alongside, and the bot's memory and CPU at the end.
/// </summary>
public sealed record FanOutReport(
    int People,
    int DirectMessages,
    int Duplicates,
    int Missed,
    int RequestsNeeded,
    TimeSpan Elapsed,
    TimeSpan Ideal,
    QuizLoadReport? QuizDuringFanOut,
    ProcessSample Bot)
{
    /// <summary>Elapsed over ideal: 1.05 is 5 % slower than the global limit allows.</summary>
    public double OfIdeal => Elapsed / Ideal;
}

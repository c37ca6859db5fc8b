using ReflectBot.Workloads.Measuring;

namespace ReflectBot.Workloads.Quiz;

/// <summary>The latencies of the interactions sent in one second of a run, counted from its start.</summary>
public sealed record SecondOfLoad(int Second, LatencySummary Latency);

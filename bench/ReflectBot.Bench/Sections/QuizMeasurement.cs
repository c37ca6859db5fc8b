using ReflectBot.Workloads.Quiz;

namespace ReflectBot.Bench.Sections;

/// <summary>A quiz load against one bot, with what it cost that bot's process.</summary>
public sealed record QuizMeasurement(QuizLoadReport Report, TimeSpan CpuPerThousand, long PeakRssBytes, long SteadyRssBytes);

/// <summary>The highest ramp rate a bot carried with p99 under the goal and nothing late, lost or answered twice.</summary>
public sealed record RampResult(double? BestRate, IReadOnlyList<(double Rate, QuizLoadReport Report)> Steps);

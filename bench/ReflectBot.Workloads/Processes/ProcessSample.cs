namespace ReflectBot.Workloads.Processes;

/// <summary>One reading of a process's memory and CPU use from /proc.</summary>
public sealed record ProcessSample(long RssBytes, long PeakRssBytes, TimeSpan CpuTime);

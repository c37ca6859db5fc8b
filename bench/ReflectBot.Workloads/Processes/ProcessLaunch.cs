namespace ReflectBot.Workloads.Processes;

/// <summary>What to start: any program (the bot, or node for the peer), its arguments, environment and folder.</summary>
public sealed record ProcessLaunch(string FileName, IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment, string WorkingDirectory);

namespace ReflectBot.Bench;

/// <summary>What every section gets: the options, the repository, a work folder, a log, and results other sections left.</summary>
public sealed class BenchContext
{
    public required BenchOptions Options { get; init; }
    public required string RepositoryRoot { get; init; }
    public required string WorkDirectory { get; init; }
    public required TextWriter Log { get; init; }

    /// <summary>The bot to run: a ReadyToRun publish of it, or the build next to the bench.</summary>
    public string? BotPath { get; set; }

    public string PromptsPath => Path.Combine(RepositoryRoot, "prompts");

    /// <summary>Results one section leaves for a later one (the quiz section's for the peer's ratios).</summary>
    public Dictionary<string, object> Shared { get; } = new(StringComparer.Ordinal);

    /// <summary>A new empty folder under the work folder.</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(WorkDirectory, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}

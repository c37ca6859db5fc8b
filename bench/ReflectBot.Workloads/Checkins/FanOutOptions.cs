namespace ReflectBot.Workloads.Checkins;

/// <summary>A check-in fan-out: how many people are due at once, and optional quiz traffic while it runs.</summary>
public sealed record FanOutOptions
{
    public required int People { get; init; }

    /// <summary>A folder of the run's own, for the bot's database.</summary>
    public required string WorkDirectory { get; init; }

    public required string PromptsPath { get; init; }

    /// <summary>How far ahead the check-ins are due, so the bot is up and idle when its scheduler fires.</summary>
    public TimeSpan DueIn { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Quiz interactions per second while the fan-out runs; 0 for none.</summary>
    public double QuizRate { get; init; }

    public TimeSpan QuizDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The bot's settings beyond the connection ("Section:Key" → value).</summary>
    public IReadOnlyDictionary<string, string>? BotSettings { get; init; }

    /// <summary>Another build of the bot to run (a published one); null for the one next to this program.</summary>
    public string? BotPath { get; init; }

    /// <summary>How long to wait for the last DM before giving up.</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromHours(1);
}

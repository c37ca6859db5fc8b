using ReflectBot.LocalDiscord.Control;
using ReflectBot.Workloads.Checkins;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Quiz;

namespace ReflectBot.Workloads.Faults;

/// <summary>A 429 storm over a check-in fan-out and quiz traffic.</summary>
public sealed record RestStormOptions
{
    /// <summary>People due when the storm starts: background REST work for the whole storm.</summary>
    public required int DuePeople { get; init; }
    public required double Ratio { get; init; }
    public required TimeSpan Duration { get; init; }
    public double GlobalShare { get; init; } = 0.5;
    public double RetryAfterSeconds { get; init; } = 0.5;
    public required double InteractionsPerSecond { get; init; }
    public required IReadOnlyList<ulong> QuizUserIds { get; init; }
    public required ulong ChannelId { get; init; }
    public TimeSpan Patience { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// What the storm did and what the bot did under it: 429s injected, requests the bot sent into an exhausted bucket
/// or a held global limit (violations), invalid requests, the DMs in the end, and the quiz traffic.
/// </summary>
public sealed record RestStormReport(RateLimitStats Limits, DirectMessageSummary DirectMessages, int DuePeople, QuizLoadReport Quiz, TimeSpan CaughtUpAfter);

/// <summary>Runs a storm on a bot that is already connected and has <see cref="RestStormOptions.DuePeople"/> check-ins coming due.</summary>
public static class RestStormRun
{
    public static async Task<RestStormReport> RunAsync(LocalDiscordRun discord, RestStormOptions options, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        // The storm starts with the fan-out's first DM, so it covers background work from the start.
        await FanOut.WaitForPeopleAsync(discord.Control, 1, options.Patience, timeProvider, cancellationToken);
        await discord.Control.StartRestStormAsync(new RestStormRequest(options.Ratio, options.GlobalShare, options.RetryAfterSeconds,
            (int)options.Duration.TotalMilliseconds, Seed: 7), cancellationToken);
        var started = timeProvider.GetTimestamp();
        var quiz = await QuizLoad.RunAsync(discord.Control, new QuizLoadOptions
        {
            InteractionsPerSecond = options.InteractionsPerSecond,
            Duration = options.Duration,
            UserIds = options.QuizUserIds,
            ChannelId = options.ChannelId,
            LostToRateLimitsAfter = RefusalsThatFillTheDeadline(options.RetryAfterSeconds),
        }, timeProvider, cancellationToken);

        var messages = await FanOut.WaitForPeopleAsync(discord.Control, options.DuePeople, options.Patience, timeProvider, cancellationToken);
        var caughtUp = timeProvider.GetElapsedTime(started);
        var limits = await discord.Control.GetRateLimitStatsAsync(cancellationToken);
        return new RestStormReport(limits, messages, options.DuePeople, quiz, caughtUp);
    }

    /// <summary>
    /// How many 429s, each asking for <paramref name="retryAfterSeconds"/>, use up Discord's 3-second window for a
    /// first answer: a callback refused that often was refused at every attempt a bot had time for. At 30 % a
    /// callback meets that fate about once in 400, so a long storm loses a few answers whatever the bot does.
    /// </summary>
    private static int RefusalsThatFillTheDeadline(double retryAfterSeconds) =>
        Math.Max(1, (int)Math.Ceiling(3 / retryAfterSeconds) - 1);
}

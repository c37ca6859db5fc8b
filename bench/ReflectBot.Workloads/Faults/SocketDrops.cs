using ReflectBot.LocalDiscord.Control;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Quiz;

namespace ReflectBot.Workloads.Faults;

/// <summary>How often the local Discord drops the bot's socket, for how long, and the quiz traffic meanwhile.</summary>
public sealed record SocketDropOptions
{
    public required TimeSpan Interval { get; init; }
    public required TimeSpan Duration { get; init; }
    public required double InteractionsPerSecond { get; init; }
    public required IReadOnlyList<ulong> UserIds { get; init; }
    public required ulong ChannelId { get; init; }
}

/// <summary>What the drops did: the quiz traffic's outcome, and how the gateway came back each time.</summary>
public sealed record SocketDropReport(QuizLoadReport Quiz, int Drops, int Resumes, int Identifies);

/// <summary>Drops the bot's gateway socket (no close frame) again and again while people take the quiz.</summary>
public static class SocketDrops
{
    public static async Task<SocketDropReport> RunAsync(LocalDiscordRun discord, SocketDropOptions options, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var before = await discord.Control.GetGatewayAsync(cancellationToken);
        var quiz = QuizLoad.RunAsync(discord.Control, new QuizLoadOptions
        {
            InteractionsPerSecond = options.InteractionsPerSecond,
            Duration = options.Duration,
            UserIds = options.UserIds,
            ChannelId = options.ChannelId,
        }, timeProvider, cancellationToken);

        var drops = 0;
        var started = timeProvider.GetTimestamp();
        while (timeProvider.GetElapsedTime(started) + options.Interval <= options.Duration)
        {
            await Task.Delay(options.Interval, timeProvider, cancellationToken);
            try
            {
                await discord.Control.DropSocketAsync(cancellationToken);
                drops++;
            }
            catch (LocalDiscordControlException)
            {
                // Not connected at this instant (still coming back from the last drop): nothing to drop.
            }
        }

        var report = await quiz;
        var after = await discord.Control.GetGatewayAsync(cancellationToken);
        return new SocketDropReport(report, drops, after.Resumes - before.Resumes, after.Identifies - before.Identifies);
    }
}

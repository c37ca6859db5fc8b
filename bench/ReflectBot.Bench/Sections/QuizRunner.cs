using System.Globalization;
using ReflectBot.LocalDiscord;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Processes;
using ReflectBot.Workloads.Quiz;

namespace ReflectBot.Bench.Sections;

/// <summary>Runs the quiz load against a bot process, for ReflectBot and the discord.js peer alike.</summary>
public static class QuizRunner
{
    /// <summary>The p99 the goals ask for.</summary>
    public static readonly TimeSpan P99Goal = TimeSpan.FromMilliseconds(10);

    /// <summary>Simulated people for a rate: each acts about every 1.5 s, under the bot's 60 clicks a minute per person.</summary>
    public static int PeopleFor(double rate) => Math.Max(10, (int)Math.Ceiling(rate * 1.5));

    /// <summary>
    /// A local Discord with people enough for the fastest step. Nothing reads its request log here, so it keeps only a
    /// few: tens of thousands of retained bodies made its GC pauses, which the latency measure would charge to the bot.
    /// </summary>
    public static LocalDiscordOptions DiscordOptions(BenchOptions options) => new()
    {
        GeneratedMembers = PeopleFor(options.RampRates.Append(options.Rate).Max()),
        RequestLogCapacity = 1_000,
    };

    public static async Task<QuizMeasurement> MeasureAsync(LocalDiscordRun discord, ProcessUnderTest bot, double rate, TimeSpan duration,
        int seed, CancellationToken cancellationToken)
    {
        var before = bot.Sample();
        var peak = before.RssBytes;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, bot.Sample().RssBytes);
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }, CancellationToken.None);

        var report = await QuizLoad.RunAsync(discord.Control, new QuizLoadOptions
        {
            InteractionsPerSecond = rate,
            Duration = duration,
            UserIds = [.. discord.Server.World.GeneratedMembers.Take(PeopleFor(rate)).Select(m => m.Id)],
            ChannelId = discord.Server.World.General.Id,
            Seed = seed,
        }, TimeProvider.System, cancellationToken);
        await sampling.CancelAsync();
        await sampler;
        var after = bot.Sample();
        var cpu = after.CpuTime - before.CpuTime;
        return new QuizMeasurement(report, cpu * (1000.0 / Math.Max(report.Answered, 1)), Math.Max(peak, after.RssBytes), after.RssBytes);
    }

    /// <summary>Steps the rate up until p99 passes the goal or anything is late, lost or doubled.</summary>
    public static async Task<RampResult> RampAsync(LocalDiscordRun discord, ProcessUnderTest bot, IReadOnlyList<double> rates, TimeSpan step,
        TextWriter log, CancellationToken cancellationToken)
    {
        double? best = null;
        var steps = new List<(double, QuizLoadReport)>();
        foreach (var rate in rates)
        {
            var report = (await MeasureAsync(discord, bot, rate, step, seed: (int)rate, cancellationToken)).Report;
            steps.Add((rate, report));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    ramp {rate}/s: sent {report.AchievedPerSecond:F0}/s, p99 {report.Latency.P99.TotalMilliseconds:F2} ms, late {report.Late}, unanswered {report.Unanswered}"));
            var carried = report.Clean && report.Latency.P99 <= P99Goal && report.AchievedPerSecond >= rate * 0.95;
            if (!carried)
            {
                break;
            }

            best = rate;
        }

        return new RampResult(best, steps);
    }
}

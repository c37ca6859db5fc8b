using ReflectBot.Bench.Reporting;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.Bench.Sections;

/// <summary>ReflectBot answering the short quiz by clicks at the target rate, then a ramp to find what it carries.</summary>
public sealed class QuizSection : IBenchSection
{
    public const string MeasurementKey = "reflectbot.quiz";
    public const string RampKey = "reflectbot.ramp";
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public string Name => "quiz";

    public async Task<SectionResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        await using var discord = await LocalDiscordRun.StartAsync(QuizRunner.DiscordOptions(options), cancellationToken);
        var databasePath = Path.Combine(context.NewFolder("quiz"), "bot.db");
        await using var bot = ProcessUnderTest.Start(ReflectBotProcess.Create(discord.Server.ApiBaseAddress, discord.Server.BotToken,
            databasePath, context.PromptsPath, null, context.BotPath));
        await discord.WaitForReadyAsync(1, TimeSpan.FromSeconds(60), cancellationToken);

        var (measurement, ramp) = await MeasureAsync(context, discord, bot, "ReflectBot", cancellationToken);
        context.Shared[MeasurementKey] = measurement;
        context.Shared[RampKey] = ramp;
        return Table("ReflectBot", measurement, ramp, context.Options);
    }

    /// <summary>Warm-up, the measured run at the target rate, then the ramp; shared with the peer section.</summary>
    public static async Task<(QuizMeasurement Measurement, RampResult Ramp)> MeasureAsync(BenchContext context, LocalDiscordRun discord,
        ProcessUnderTest bot, string name, CancellationToken cancellationToken)
    {
        var options = context.Options;
        context.Log.WriteLine($"    {name}: warm-up {WarmUp.TotalSeconds:0} s at {options.Rate}/s");
        await QuizRunner.MeasureAsync(discord, bot, options.Rate, WarmUp, seed: 99, cancellationToken);
        context.Log.WriteLine($"    {name}: {options.Duration.TotalSeconds:0} s at {options.Rate}/s");
        var measurement = await QuizRunner.MeasureAsync(discord, bot, options.Rate, options.Duration, seed: 1, cancellationToken);
        context.Log.WriteLine($"    {name}: ramp");
        var ramp = await QuizRunner.RampAsync(discord, bot, options.RampRates, options.RampStep, context.Log, cancellationToken);
        return (measurement, ramp);
    }

    public static SectionResult Table(string name, QuizMeasurement measurement, RampResult ramp, BenchOptions options)
    {
        var report = measurement.Report;
        var latency = report.Latency;
        var notes = new List<string>
        {
            $"{report.Sent} interactions from {QuizRunner.PeopleFor(options.Rate)} simulated people, {report.QuizzesCompleted} quizzes finished (each finish is answered with the result at once, then its picture is drawn and added in an edit, outside the measured latency but inside the CPU and RSS). Latency is the local Discord's: from the INTERACTION_CREATE frame handed to the bot's socket to the bot's callback request arriving.",
            "Ramp: " + string.Join("; ", ramp.Steps.Select(s => $"{s.Rate}/s → p99 {Units.Ms(s.Report.Latency.P99)}{(s.Report.Clean ? "" : $", {s.Report.Late} late, {s.Report.Unanswered} unanswered, {s.Report.AnsweredTwice} twice")}")),
        };
        var slow = report.SecondsSlowerThan(QuizRunner.P99Goal).ToList();
        notes.Add($"Seconds of the run with an answer slower than {Units.Ms(QuizRunner.P99Goal)}: {slow.Count} of {report.PerSecond.Count}" +
            (slow.Count == 0 ? "." : "; slowest: " + string.Join(", ", slow.Take(8).Select(s => $"second {s.Second} (max {Units.Ms(s.Latency.Max)}, {s.Latency.Count} answers)")) + "."));
        notes.AddRange(report.Problems.Take(20).Select(p => "Problem: " + p));
        return new SectionResult($"Quiz by clicks: {name} at {options.Rate}/s for {options.Duration.TotalSeconds:0} s",
        [
            new ResultRow("Interactions sent / answered", $"{Units.Count(report.Sent)} / {Units.Count(report.Answered)}"),
            new ResultRow("Achieved interactions/s", Units.Number(report.AchievedPerSecond)),
            new ResultRow("Latency p50", Units.Ms(latency.P50)),
            new ResultRow("Latency p95", Units.Ms(latency.P95)),
            new ResultRow("Latency p99", Units.Ms(latency.P99), "< 10 ms", latency.P99 < QuizRunner.P99Goal),
            new ResultRow("Latency max", Units.Ms(latency.Max)),
            new ResultRow("Late (> 3 s) / unanswered / answered twice", $"{report.Late} / {report.Unanswered} / {report.AnsweredTwice}", "0 / 0 / 0", report.Clean),
            new ResultRow("RSS peak / steady", $"{Units.MiB(measurement.PeakRssBytes)} / {Units.MiB(measurement.SteadyRssBytes)}"),
            new ResultRow("CPU per 1,000 interactions", Units.Seconds(measurement.CpuPerThousand)),
            new ResultRow("Highest ramp rate with p99 < 10 ms and nothing lost", ramp.BestRate is { } best ? $"{best}/s" : "none of the steps"),
        ], notes);
    }
}

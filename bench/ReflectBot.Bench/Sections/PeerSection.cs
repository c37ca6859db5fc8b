using ReflectBot.Bench.Reporting;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Peers;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.Bench.Sections;

/// <summary>The same quiz workload answered by a minimal discord.js 14 bot, and the ratios against ReflectBot.</summary>
public sealed class PeerSection : IBenchSection
{
    public string Name => "peer";

    public async Task<SectionResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await DiscordJsPeer.EnsureInstalledAsync(context.RepositoryRoot, cancellationToken);
        var folder = context.NewFolder("peer");
        var quizJson = Path.Combine(folder, "quiz.json");
        await PeerQuizExport.WriteAsync(quizJson, context.PromptsPath, cancellationToken);
        var options = context.Options;
        await using var discord = await LocalDiscordRun.StartAsync(QuizRunner.DiscordOptions(options), cancellationToken);
        await using var peer = ProcessUnderTest.Start(new ProcessLaunch("node", [DiscordJsPeer.ScriptPath(context.RepositoryRoot)],
            DiscordJsPeer.Environment(discord.Server.ApiBaseAddress, discord.Server.BotToken, quizJson, Path.Combine(folder, "peer.db")),
            DiscordJsPeer.DirectoryUnder(context.RepositoryRoot)));
        await peer.WaitForOutputAsync(line => line == DiscordJsPeer.ReadyLine, TimeSpan.FromSeconds(60), cancellationToken);

        var (measurement, ramp) = await QuizSection.MeasureAsync(context, discord, peer, "discord.js", cancellationToken);
        var table = QuizSection.Table("discord.js 14 peer", measurement, ramp, options);
        if (context.Shared.GetValueOrDefault(QuizSection.MeasurementKey) is not QuizMeasurement ours
            || context.Shared.GetValueOrDefault(QuizSection.RampKey) is not RampResult ourRamp)
        {
            return table with { Notes = [.. table.Notes, "Run the quiz section in the same run for the ratios."] };
        }

        var throughput = ourRamp.BestRate is { } a && ramp.BestRate is { } b ? a / b : (double?)null;
        var rows = table.Rows.ToList();
        rows.Add(new ResultRow("ReflectBot / discord.js: highest rate with p99 < 10 ms", throughput is { } t ? Units.Number(t, "0.00") + "×" : "n/a",
            "≥ 2×", throughput is { } met ? met >= 2 : null));
        rows.Add(new ResultRow($"ReflectBot / discord.js: p99 at {options.Rate}/s",
            Units.Number(ours.Report.Latency.P99 / measurement.Report.Latency.P99, "0.00") + "×"));
        rows.Add(new ResultRow("ReflectBot / discord.js: steady RSS", Units.Number((double)ours.SteadyRssBytes / measurement.SteadyRssBytes, "0.00") + "×"));
        rows.Add(new ResultRow("ReflectBot / discord.js: CPU per 1,000 interactions", Units.Number(ours.CpuPerThousand / measurement.CpuPerThousand, "0.00") + "×"));
        return table with
        {
            Rows = rows,
            Notes = [.. table.Notes, "The peer stores the same progress in SQLite (better-sqlite3) but draws no result picture; ReflectBot draws and uploads a PNG for every finished quiz, which its CPU and RSS include."],
        };
    }
}

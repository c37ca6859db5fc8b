using ReflectBot.Bench.Reporting;
using ReflectBot.Workloads.Checkins;

namespace ReflectBot.Bench.Sections;

/// <summary>Everyone due at the same minute, under the real global limit, with quiz traffic alongside.</summary>
public sealed class FanOutSection : IBenchSection
{
    private const double QuizRateDuringFanOut = 200;
    private static readonly TimeSpan QuizDuration = TimeSpan.FromSeconds(60);

    public string Name => "fanout";

    public async Task<SectionResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var people = context.Options.FanOutPeople;
        context.Log.WriteLine($"    {people} check-ins due at once; the ideal at 50 requests/s is {people / 50.0:F0} s");
        var report = await FanOut.RunAsync(new FanOutOptions
        {
            People = people,
            WorkDirectory = context.NewFolder("fanout"),
            PromptsPath = context.PromptsPath,
            QuizRate = QuizRateDuringFanOut,
            QuizDuration = QuizDuration,
            BotPath = context.BotPath,
        }, TimeProvider.System, cancellationToken);

        var rows = new List<ResultRow>
        {
            new("DMs sent", Units.Count(report.DirectMessages)),
            new("Duplicates (people with more than one)", Units.Count(report.Duplicates), "0", report.Duplicates == 0),
            new("Missed (people with none)", Units.Count(report.Missed), "0", report.Missed == 0),
            new("Due time to last DM", Units.Seconds(report.Elapsed)),
            new("Ideal (requests needed ÷ 50/s)", $"{Units.Seconds(report.Ideal)} ({Units.Count(report.RequestsNeeded)} requests)"),
            new("Elapsed ÷ ideal", Units.Number(report.OfIdeal, "0.000"), "≤ 1.05", report.OfIdeal <= 1.05),
            new("Bot RSS at the end", Units.MiB(report.Bot.RssBytes)),
        };
        if (report.QuizDuringFanOut is { } quiz)
        {
            rows.Add(new($"Quiz p99 during the fan-out ({QuizRateDuringFanOut}/s for {QuizDuration.TotalSeconds:0} s)", Units.Ms(quiz.Latency.P99)));
            rows.Add(new("Quiz late / unanswered / twice during the fan-out", $"{quiz.Late} / {quiz.Unanswered} / {quiz.AnsweredTwice}", "0 / 0 / 0", quiz.Clean));
        }

        return new SectionResult($"Check-in fan-out: {Units.Count(people)} people due at once", rows,
        [
            "Every person's DM channel is known, so each check-in is one POST /channels/{id}/messages; interaction callbacks do not count against the global limit. Duplicates and misses are counted by the local Discord over every DM channel.",
        ]);
    }
}

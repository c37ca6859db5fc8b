using ReflectBot.Bench.Reporting;
using ReflectBot.Workloads.Checkins;
using ReflectBot.Workloads.Faults;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.Bench.Sections;

/// <summary>
/// The long versions of the fault suite that <c>tests/ReflectBot.FaultTests</c> runs short: socket drops every 5 s for two
/// minutes, twenty kill -9s during a fan-out, a minute of 429s, and ten thousand spoiled gateway frames.
/// </summary>
public sealed class FaultsSection : IBenchSection
{
    private const int QuizPeople = 30;
    private const double QuizRate = 20;
    private const int StormDuePeople = 3_000;
    private const int KillPeople = 5_000;
    private const int Kills = 20;
    private const int FuzzItems = 10_000;
    private static readonly TimeSpan DropInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DropDuration = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StormDuration = TimeSpan.FromMinutes(1);

    public string Name => "faults";

    public async Task<SectionResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var rows = new List<ResultRow>();
        rows.AddRange(await SocketDropsAsync(context, cancellationToken));
        rows.AddRange(await StormAsync(context, cancellationToken));
        rows.AddRange(await KillsAsync(context, cancellationToken));
        rows.AddRange(await FuzzAsync(context, cancellationToken));
        return new SectionResult("Fault suite, long versions", rows,
        [
            $"Quiz traffic in the drop and storm runs: {QuizRate}/s from {QuizPeople} people. The storm refuses 30 % of requests (half of them global where the route counts globally) with retry_after 0.5 s, over {StormDuePeople:N0} check-ins coming due.",
            "An answer counts as lost to the storm only when the local Discord answered 429 to every callback attempt the 3-second window left room for (5 or more); at 30 % that is about one callback in 400, whatever the bot does.",
        ]);
    }

    private static async Task<IEnumerable<ResultRow>> SocketDropsAsync(BenchContext context, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"    socket drops every {DropInterval.TotalSeconds:0} s for {DropDuration.TotalMinutes:0} minutes");
        await using var run = await StartAsync(context, QuizPeople, cancellationToken);
        var world = run.Discord.Server.World;
        var report = await SocketDrops.RunAsync(run.Discord, new SocketDropOptions
        {
            Interval = DropInterval,
            Duration = DropDuration,
            InteractionsPerSecond = QuizRate,
            UserIds = [.. world.GeneratedMembers.Take(QuizPeople).Select(m => m.Id)],
            ChannelId = world.General.Id,
        }, TimeProvider.System, cancellationToken);
        var quiz = report.Quiz;
        return
        [
            new("Socket drops: drops / resumes / new sessions", $"{report.Drops} / {report.Resumes} / {report.Identifies}", "every drop resumed", report.Resumes >= report.Drops - 1 && report.Identifies == 0),
            new("Socket drops: interactions answered / late (> 3 s) / twice", $"{Units.Count(quiz.Answered)} of {Units.Count(quiz.Sent)} / {quiz.Late} / {quiz.AnsweredTwice}", "all / 0 / 0", quiz.Clean),
            new("Socket drops: quiz p99 / max", $"{Units.Ms(quiz.Latency.P99)} / {Units.Ms(quiz.Latency.Max)}"),
        ];
    }

    private static async Task<IEnumerable<ResultRow>> StormAsync(BenchContext context, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"    a 429 storm for {StormDuration.TotalSeconds:0} s over {StormDuePeople} check-ins");
        await using var run = await StartAsync(context, StormDuePeople + QuizPeople, cancellationToken, seedDue: StormDuePeople);
        var world = run.Discord.Server.World;
        var report = await RestStormRun.RunAsync(run.Discord, new RestStormOptions
        {
            DuePeople = StormDuePeople,
            Ratio = 0.3,
            Duration = StormDuration,
            InteractionsPerSecond = QuizRate,
            QuizUserIds = [.. world.GeneratedMembers.Skip(StormDuePeople).Take(QuizPeople).Select(m => m.Id)],
            ChannelId = world.General.Id,
        }, TimeProvider.System, cancellationToken);
        var limits = report.Limits;
        var quiz = report.Quiz;
        return
        [
            new("429 storm: 429s injected (route / global)", $"{Units.Count(limits.InjectedRoute)} / {Units.Count(limits.InjectedGlobal)}"),
            new("429 storm: requests sent into an exhausted bucket or a held global limit", Units.Count(limits.RouteViolations + limits.GlobalViolations), "0", limits.RouteViolations + limits.GlobalViolations == 0),
            new("429 storm: invalid requests (Discord bans at 10,000 in 10 min)", Units.Count(limits.InvalidRequests), "far under 10,000", limits.InvalidRequests < 2_500),
            new("429 storm: check-ins in the end (people / with more than one)", $"{Units.Count(report.DirectMessages.Users)} of {Units.Count(report.DuePeople)} / {report.DirectMessages.UsersWithMoreThanOne}", "all / 0",
                report.DirectMessages.Users == report.DuePeople && report.DirectMessages.UsersWithMoreThanOne == 0),
            new("429 storm: caught up (storm start to last check-in)", Units.Seconds(report.CaughtUpAfter)),
            new("429 storm: interactions answered / lost to the storm / missed by the bot / twice",
                $"{Units.Count(quiz.Answered)} of {Units.Count(quiz.Sent)} / {quiz.LostToRateLimits} / {quiz.Late + quiz.Unanswered - quiz.LostToRateLimits} / {quiz.AnsweredTwice}", "… / … / 0 / 0", quiz.Clean),
        ];
    }

    private static async Task<IEnumerable<ResultRow>> KillsAsync(BenchContext context, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"    {Kills} kill -9s during a fan-out to {KillPeople} people");
        var report = await KillRestart.RunAsync(new KillRestartOptions
        {
            People = KillPeople,
            Kills = Kills,
            WorkDirectory = context.NewFolder("kills"),
            PromptsPath = context.PromptsPath,
            BotPath = context.BotPath,
        }, TimeProvider.System, cancellationToken);
        return
        [
            new($"kill -9 ×{report.Kills}: DMs sent when the last kill came", $"{Units.Count(report.DmsAtKills)} of {Units.Count(report.People)}"),
            new($"kill -9 ×{report.Kills}: people with a DM / DMs / duplicates", $"{Units.Count(report.Users)} / {Units.Count(report.Messages)} / {report.Duplicates}", $"{Units.Count(report.People)} / {Units.Count(report.People)} / 0",
                report.Users == report.People && report.Messages == report.People && report.Duplicates == 0),
            new($"kill -9 ×{report.Kills}: PRAGMA integrity_check", report.IntegrityCheck, "ok", report.IntegrityCheck == "ok"),
        ];
    }

    private static async Task<IEnumerable<ResultRow>> FuzzAsync(BenchContext context, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"    {FuzzItems} spoiled gateway frames and interaction payloads");
        await using var run = await StartAsync(context, 0, cancellationToken);
        var report = await GatewayFuzz.RunAsync(run.Discord, new GatewayFuzzOptions(FuzzItems), TimeProvider.System, cancellationToken);
        var failures = run.FailureLines().Count;
        var answered = report.AnswerAfterwards?.AnsweredInTime == true;
        return
        [
            new("Fuzzing: frames sent / crashes or unhandled exceptions", $"{Units.Count(report.Sent)} / {failures}", $"{Units.Count(FuzzItems)} / 0",
                report.Sent == FuzzItems && failures == 0 && !run.Bot!.HasExited),
            new("Fuzzing: a valid /quiz start afterwards", answered ? "answered in time" : "not answered", "answered in time", answered),
        ];
    }

    /// <summary>A local Discord with <paramref name="members"/> people, and the bot connected to it (with <paramref name="seedDue"/> check-ins coming due).</summary>
    private static async Task<BotOnLocalDiscord> StartAsync(BenchContext context, int members, CancellationToken cancellationToken, int seedDue = 0)
    {
        var run = await BotOnLocalDiscord.CreateAsync(o =>
        {
            o.GeneratedMembers = members;
            o.RequestLogCapacity = 1_000;
        }, context.BotPath);
        if (seedDue > 0)
        {
            var people = run.Discord.Server.World.GeneratedMembers;
            await DueCheckinSeeder.SeedAsync(run.DatabasePath, [.. Enumerable.Range(0, seedDue).Select(i => new SeededPerson(people[i].Id, people[i].DmChannelId))],
                DateTimeOffset.UtcNow.AddSeconds(2), TimeProvider.System, cancellationToken);
        }

        await run.StartBotAsync();
        return run;
    }
}

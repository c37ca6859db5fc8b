using System.Diagnostics;
using ReflectBot.Bench.Reporting;
using ReflectBot.LocalDiscord;
using ReflectBot.Workloads.Checkins;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.Bench.Sections;

/// <summary>Process start to READY with a database of many people, and memory at rest afterwards.</summary>
public sealed class StartupSection : IBenchSection
{
    private const int Starts = 5;
    private static readonly TimeSpan IdleAfterReady = TimeSpan.FromSeconds(10);

    public string Name => "startup";

    public async Task<SectionResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var people = context.Options.StartupPeople;
        await using var discord = await LocalDiscordRun.StartAsync(new LocalDiscordOptions { GeneratedMembers = people }, cancellationToken);
        var databasePath = Path.Combine(context.NewFolder("startup"), "bot.db");
        var members = discord.Server.World.GeneratedMembers;
        var seeding = Stopwatch.StartNew();
        // Subscribed, with their next check-in a day away, so starting up has a full table but nothing to send.
        await DueCheckinSeeder.SeedAsync(databasePath, [.. Enumerable.Range(0, people).Select(i => new SeededPerson(members[i].Id, members[i].DmChannelId))],
            DateTimeOffset.UtcNow.AddDays(1), TimeProvider.System, cancellationToken);
        context.Log.WriteLine($"    seeded {people} people in {seeding.Elapsed.TotalSeconds:F1} s ({new FileInfo(databasePath).Length / 1024 / 1024} MiB)");

        var times = new List<TimeSpan>();
        ProcessSample idle = new(0, 0, TimeSpan.Zero);
        for (var i = 1; i <= Starts; i++)
        {
            await using var bot = ProcessUnderTest.Start(ReflectBotProcess.Create(discord.Server.ApiBaseAddress, discord.Server.BotToken,
                databasePath, context.PromptsPath, null, context.BotPath));
            await discord.WaitForReadyAsync(i, TimeSpan.FromSeconds(60), cancellationToken);
            times.Add(Stopwatch.GetElapsedTime(bot.StartTimestamp));
            if (i == Starts)
            {
                await Task.Delay(IdleAfterReady, TimeProvider.System, cancellationToken);
                idle = bot.Sample();
            }
        }

        var median = times.Order().ElementAt(times.Count / 2);
        return new SectionResult($"Start-up ({Units.Count(people)} people in the database)",
        [
            new ResultRow("Process start to READY, median of 5", Units.Ms(median), "< 1 s", median < TimeSpan.FromSeconds(1)),
            new ResultRow("Process start to READY, slowest of 5", Units.Ms(times.Max())),
            new ResultRow($"RSS {IdleAfterReady.TotalSeconds:0} s after READY, idle", Units.MiB(idle.RssBytes), "< 60 MB", idle.RssBytes < 60_000_000),
        ],
        [
            "READY is when the local Discord sent it; the time runs from just before the bot's process was started (the `dotnet` host included).",
        ]);
    }
}

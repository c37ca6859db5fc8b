using ReflectBot.FaultTests.Support;
using ReflectBot.Workloads.Checkins;
using ReflectBot.Workloads.Faults;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.FaultTests;

/// <summary>The short version of the 429 storm: the bench runs it for a minute.</summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class RestStormTests
{
    [Fact]
    public async Task Under_a_storm_of_429s_the_bot_never_sends_into_an_exhausted_bucket_and_catches_up_with_every_dm_once()
    {
        const int Due = 600;
        const int QuizPeople = 30;
        await using var run = await BotOnLocalDiscord.CreateAsync(o => o.GeneratedMembers = Due + QuizPeople);
        var members = run.Discord.Server.World.GeneratedMembers;
        await DueCheckinSeeder.SeedAsync(run.DatabasePath, [.. Enumerable.Range(0, Due).Select(i => new SeededPerson(members[i].Id, members[i].DmChannelId))],
            DateTimeOffset.UtcNow.AddSeconds(2), TimeProvider.System, CancellationToken.None);
        await run.StartBotAsync();

        var report = await RestStormRun.RunAsync(run.Discord, new RestStormOptions
        {
            DuePeople = Due,
            Ratio = 0.3,
            Duration = TimeSpan.FromSeconds(15),
            InteractionsPerSecond = 20,
            QuizUserIds = [.. Enumerable.Range(Due, QuizPeople).Select(i => members[i].Id)],
            ChannelId = run.Discord.Server.World.General.Id,
        }, TimeProvider.System, CancellationToken.None);

        Assert.True(report.Limits.InjectedRoute + report.Limits.InjectedGlobal > 50, $"The storm injected only {report.Limits}.");
        // Nothing is tolerated: not a request into an exhausted bucket, nor one over the global limit as the local Discord
        // counts it, by arrival, nor one into a 429's hold once the client can have read it.
        var violations = $"{report.Limits.RouteViolations} route and {report.Limits.GlobalViolations} global violations, the last ones:\n" + string.Join('\n', report.Limits.RecentViolations);
        Assert.True((report.Limits.RouteViolations, report.Limits.GlobalViolations) == (0, 0), violations);
        Assert.InRange(report.Limits.InvalidRequests, 1, 999);
        Assert.Equal((Due, 0), (report.DirectMessages.Users, report.DirectMessages.UsersWithMoreThanOne));
        Assert.True(report.Quiz.Clean, string.Join('\n', report.Quiz.Problems));
        Assert.Empty(run.FailureLines());
    }
}

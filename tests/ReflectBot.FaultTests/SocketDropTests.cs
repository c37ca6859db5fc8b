using ReflectBot.FaultTests.Support;
using ReflectBot.Workloads.Faults;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.FaultTests;

/// <summary>The short version of the socket-drop fault: the bench runs it every 5 s for 2 minutes.</summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class SocketDropTests
{
    [Fact]
    public async Task With_the_socket_dropped_every_two_seconds_every_quiz_interaction_is_answered_in_time_and_once()
    {
        await using var run = await BotOnLocalDiscord.CreateAsync(o => o.GeneratedMembers = 30);
        await run.StartBotAsync();

        var report = await SocketDrops.RunAsync(run.Discord, new SocketDropOptions
        {
            Interval = TimeSpan.FromSeconds(2),
            Duration = TimeSpan.FromSeconds(16),
            InteractionsPerSecond = 20,
            UserIds = [.. run.Discord.Server.World.GeneratedMembers.Take(30).Select(m => m.Id)],
            ChannelId = run.Discord.Server.World.General.Id,
        }, TimeProvider.System, CancellationToken.None);

        Assert.True(report.Quiz.Clean, string.Join('\n', report.Quiz.Problems));
        Assert.True(report.Drops >= 6, $"Only {report.Drops} drops happened.");
        Assert.True(report.Resumes >= report.Drops - 1, $"{report.Drops} drops but {report.Resumes} resumes.");
        Assert.Equal(0, report.Identifies);
        Assert.Empty(run.FailureLines());
    }
}

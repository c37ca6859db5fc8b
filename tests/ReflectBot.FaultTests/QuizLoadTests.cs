using ReflectBot.FaultTests.Support;
using ReflectBot.Workloads.Processes;
using ReflectBot.Workloads.Quiz;

namespace ReflectBot.FaultTests;

/// <summary>The bot as its own process answers a steady stream of quiz clicks, every one in time and once.</summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class QuizLoadTests
{
    [Fact]
    public async Task The_bot_process_answers_every_quiz_interaction_of_a_steady_load_in_time_and_once()
    {
        // Ten people at 20 a second for 8 s: each answers about 16 statements, so each finishes the 12-statement quiz.
        await using var run = await BotOnLocalDiscord.CreateAsync(o => o.GeneratedMembers = 10);
        await run.StartBotAsync();

        var report = await QuizLoad.RunAsync(run.Discord.Control, new QuizLoadOptions
        {
            InteractionsPerSecond = 20,
            Duration = TimeSpan.FromSeconds(8),
            UserIds = [.. run.Discord.Server.World.GeneratedMembers.Take(10).Select(m => m.Id)],
            ChannelId = run.Discord.Server.World.General.Id,
        }, TimeProvider.System, CancellationToken.None);

        Assert.True(report.Clean, string.Join('\n', report.Problems));
        Assert.InRange(report.Sent, 140, 165);
        Assert.True(report.QuizzesCompleted >= 8, $"Only {report.QuizzesCompleted} quizzes reached their result.");
        Assert.Equal(report.Sent, report.Latency.Count);
        Assert.Empty(run.FailureLines());
    }
}

using ReflectBot.FaultTests.Support;
using ReflectBot.Workloads.Faults;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.FaultTests;

/// <summary>Ten thousand spoiled gateway frames and interaction payloads: the bot neither crashes nor stops answering.</summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class GatewayFuzzTests
{
    [Fact]
    public async Task After_ten_thousand_spoiled_frames_the_bot_still_runs_logged_no_crash_and_answers_a_valid_interaction_in_time()
    {
        await using var run = await BotOnLocalDiscord.CreateAsync();
        await run.StartBotAsync();

        var report = await GatewayFuzz.RunAsync(run.Discord, new GatewayFuzzOptions(Items: 10_000), TimeProvider.System, CancellationToken.None);

        Assert.Equal(10_000, report.Sent);
        Assert.All(report.ByKind, kind => Assert.True(kind.Value > 500, $"{kind.Key} was sent only {kind.Value} times."));
        Assert.False(run.Bot!.HasExited, "The bot process exited.");
        Assert.Empty(run.FailureLines());
        Assert.NotNull(report.AnswerAfterwards);
        Assert.True(report.AnswerAfterwards.AnsweredInTime);
        Assert.Contains("Attachment quiz", report.AnswerAfterwards.InitialResponse!.Data!.ToJsonString(), StringComparison.Ordinal);
    }
}

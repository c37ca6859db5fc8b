using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>Whatever arrives over the gateway, the bot logs it, drops it and keeps answering.</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string> MalformedFrames => new()
    {
        "this is not json",
        "{\"op\":",
        "[1,2,3]",
        "{\"d\":{}}",
        "{\"op\":\"zero\",\"d\":null}",
        "{\"op\":77,\"d\":{}}",
        "{\"op\":0,\"t\":42,\"s\":\"x\",\"d\":[]}",
        "{\"op\":11,\"d\":\"" + new string('x', 1_000_000) + "\"}",
    };

    public static TheoryData<string> MalformedInteractions => new()
    {
        "{}",
        "null",
        "\"just a string\"",
        "{\"id\":\"1\",\"type\":2}",
        "{\"id\":\"not-a-number\",\"application_id\":\"1\",\"type\":2,\"token\":\"t\"}",
        "{\"id\":\"1\",\"application_id\":\"1\",\"type\":\"two\",\"token\":\"t\",\"user\":{\"id\":\"5\"}}",
        "{\"id\":\"1\",\"application_id\":\"1\",\"type\":99,\"token\":\"t\",\"user\":{\"id\":\"5\",\"username\":\"u\"}}",
        "{\"id\":\"1\",\"application_id\":\"1\",\"type\":2,\"token\":\"t\",\"user\":{\"id\":\"5\"},\"data\":{\"name\":\"" + new string('a', 1_000_000) + "\"}}",
        "{\"id\":\"1\",\"application_id\":\"1\",\"type\":3,\"token\":\"t\",\"member\":{\"user\":{\"id\":\"5\"}},\"data\":{\"custom_id\":{\"nested\":[[[[1]]]]}}}",
    };

    [Theory]
    [MemberData(nameof(MalformedFrames))]
    public async Task Malformed_gateway_frame_is_dropped_and_the_next_interaction_is_answered(string frame)
    {
        await using var bot = await TestBot.StartAsync();

        await bot.Control.RawFrameAsync(frame, CancellationToken.None);

        await AssertStillAnswersAsync(bot);
    }

    [Theory]
    [MemberData(nameof(MalformedInteractions))]
    public async Task Malformed_interaction_payload_is_dropped_and_the_next_interaction_is_answered(string payload)
    {
        await using var bot = await TestBot.StartAsync();

        await bot.Control.RawDispatchAsync("INTERACTION_CREATE", payload, CancellationToken.None);

        await AssertStillAnswersAsync(bot);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Critical);
    }

    private static async Task AssertStillAnswersAsync(TestBot bot)
    {
        var about = await bot.RunCommandAsync("about", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        var answer = await bot.WaitForAnswerAsync(about);
        Assert.True(answer.AnsweredInTime);
        Assert.Equal(4, answer.InitialResponse!.Type);
        Assert.False(bot.Host!.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}

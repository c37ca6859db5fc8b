using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Takes the quiz through the local Discord the way a person does: a command, then clicks.</summary>
public sealed class QuizDriver(TestBot bot, ulong userId, ulong? channelId) : MessageDriver(bot, userId, channelId)
{
    public async Task<InteractionState> StartAsync(string? mode = null)
    {
        var subcommand = new JsonObject { ["name"] = "start", ["type"] = 1 };
        if (mode is not null)
        {
            subcommand["options"] = new JsonArray(new JsonObject { ["name"] = "mode", ["type"] = 3, ["value"] = mode });
        }

        return await CommandAsync("quiz", subcommand);
    }

    public string Title => Shown!["embeds"]![0]!["title"]!.GetValue<string>();

    /// <summary>Answers every remaining statement with <paramref name="answerFor"/> (by item number) and returns the last click.</summary>
    public async Task<InteractionState> AnswerAllAsync(Func<int, string> answerFor)
    {
        const int MaxItems = 30;
        InteractionState last;
        var number = 1;
        do
        {
            last = await ClickAsync(answerFor(number++));
            Assert.True(number <= MaxItems, $"The quiz did not end; it shows: {Shown?.ToJsonString()} after {last.InitialResponse?.Data?.ToJsonString()}; errors: {string.Join('\n', Bot.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error))}");
        }
        while (Title.StartsWith("Attachment quiz", StringComparison.Ordinal));

        return last;
    }

}

using System.Globalization;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Takes the quiz through the local Discord the way a person does: a command, then clicks.</summary>
public sealed class QuizDriver(TestBot bot, ulong userId, ulong? channelId)
{
    /// <summary>The message the quiz lives on and what it shows now.</summary>
    public ulong MessageId { get; private set; }

    public JsonNode? Shown { get; private set; }

    public async Task<InteractionState> StartAsync(string? mode = null)
    {
        var subcommand = new JsonObject { ["name"] = "start", ["type"] = 1 };
        if (mode is not null)
        {
            subcommand["options"] = new JsonArray(new JsonObject { ["name"] = "mode", ["type"] = 3, ["value"] = mode });
        }

        var state = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("quiz", userId, channelId, new JsonArray(subcommand)));
        MessageId = ulong.Parse(state.OriginalMessage!["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Shown = state.InitialResponse!.Data;
        return state;
    }

    /// <summary>Clicks the button with this label on the quiz message, as <paramref name="clicker"/> (default: the quiz taker).</summary>
    public Task<InteractionState> ClickAsync(string label, ulong? clicker = null) => ClickIdAsync(ButtonId(label), clicker);

    public async Task<InteractionState> ClickIdAsync(string customId, ulong? clicker = null)
    {
        var click = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = clicker ?? userId,
            ChannelId = channelId,
            MessageId = MessageId,
            Data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
        }, CancellationToken.None);
        var state = await bot.WaitForAnswerAsync(click);
        if (state.InitialResponse!.Type == 7)
        {
            Shown = state.InitialResponse.Data;
        }

        return state;
    }

    public string ButtonId(string label)
        => Buttons().First(b => b["label"]!.GetValue<string>() == label)["custom_id"]!.GetValue<string>();

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
            Assert.True(number <= MaxItems, $"The quiz did not end; it shows: {Shown?.ToJsonString()} after {last.InitialResponse?.Data?.ToJsonString()}; errors: {string.Join('\n', bot.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error))}");
        }
        while (Title.StartsWith("Attachment quiz", StringComparison.Ordinal));

        return last;
    }

    private IEnumerable<JsonNode> Buttons()
        => (Shown!["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => b!);
}

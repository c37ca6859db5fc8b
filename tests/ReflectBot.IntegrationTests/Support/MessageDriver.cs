using System.Globalization;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>
/// A feature used the way a person does: a command answered with a message, then clicks on its
/// buttons. Tracks that message and what it shows after each answer.
/// </summary>
public abstract class MessageDriver(TestBot bot, ulong userId, ulong? channelId)
{
    protected TestBot Bot { get; } = bot;

    protected ulong UserId { get; } = userId;

    protected ulong? ChannelId { get; } = channelId;

    /// <summary>The message the feature lives on.</summary>
    public ulong MessageId { get; private set; }

    /// <summary>What the message shows after the last answer or click (edits by timers excluded).</summary>
    public JsonNode? Shown { get; private set; }

    /// <summary>Clicks the button with this label, as <paramref name="clicker"/> (default: the driver's person).</summary>
    public Task<InteractionState> ClickAsync(string label, ulong? clicker = null) => ClickIdAsync(ButtonId(label), clicker);

    public async Task<InteractionState> ClickIdAsync(string customId, ulong? clicker = null)
    {
        var click = await Bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = clicker ?? UserId,
            ChannelId = ChannelId,
            MessageId = MessageId,
            Data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
        }, CancellationToken.None);
        var state = await Bot.WaitForAnswerAsync(click);
        if (state.InitialResponse!.Type == 7)
        {
            Shown = state.InitialResponse.Data;
        }

        return state;
    }

    public string ButtonId(string label)
        => Buttons().First(b => b["label"]!.GetValue<string>() == label)["custom_id"]!.GetValue<string>();

    public IEnumerable<string> Labels() => Buttons().Select(b => b["label"]!.GetValue<string>());

    /// <summary>Runs the feature's command and remembers the message it answered with.</summary>
    protected async Task<InteractionState> CommandAsync(string command, JsonObject subcommand)
    {
        var state = await Bot.WaitForAnswerAsync(await Bot.RunCommandAsync(command, UserId, ChannelId, new JsonArray(subcommand)));
        if (state.OriginalMessage?["id"] is { } id)
        {
            MessageId = ulong.Parse(id.GetValue<string>(), CultureInfo.InvariantCulture);
        }

        Shown = state.InitialResponse!.Data;
        return state;
    }

    private IEnumerable<JsonNode> Buttons()
        => (Shown!["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => b!);
}

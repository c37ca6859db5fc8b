using System.Globalization;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Runs /ground through the local Discord the way a person does: a command, then clicks on its message.</summary>
public sealed class GroundingDriver(TestBot bot, ulong userId, ulong? channelId)
{
    public ulong MessageId { get; private set; }

    /// <summary>What the message shows after the last answer or click (edits by the timer excluded).</summary>
    public JsonNode? Shown { get; private set; }

    public string Text => Shown!["content"]!.GetValue<string>();

    public async Task<InteractionState> StartAsync(string? exercise = null)
    {
        var subcommand = new JsonObject { ["name"] = "start", ["type"] = 1 };
        if (exercise is not null)
        {
            subcommand["options"] = new JsonArray(new JsonObject { ["name"] = "exercise", ["type"] = 3, ["value"] = exercise });
        }

        return await CommandAsync(subcommand);
    }

    public Task<InteractionState> HistoryAsync() => CommandAsync(new JsonObject { ["name"] = "history", ["type"] = 1 });

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

    public IEnumerable<string> Labels() => Buttons().Select(b => b["label"]!.GetValue<string>());

    /// <summary>
    /// Waits until interaction <paramref name="interactionId"/> has at least <paramref name="count"/> edits made
    /// through its token (the click's own update of the message does not count), and returns them.
    /// </summary>
    public async Task<IReadOnlyList<InteractionEditInfo>> WaitForEditsAsync(ulong interactionId, int count)
    {
        using var timeout = new CancellationTokenSource(TestBot.Patience);
        while (true)
        {
            var edits = await TokenEditsAsync(interactionId);
            if (edits.Count >= count)
            {
                return edits;
            }

            Assert.False(timeout.IsCancellationRequested, $"Only {edits.Count} of {count} edits arrived.");
            await Task.Delay(20, CancellationToken.None);
        }
    }

    public async Task<IReadOnlyList<InteractionEditInfo>> TokenEditsAsync(ulong interactionId)
        => [.. (await bot.Control.GetInteractionAsync(interactionId, CancellationToken.None)).Edits.Where(edit => edit.Target == "@original")];

    public static string EditText(InteractionEditInfo edit) => edit.Data!["content"]!.GetValue<string>();

    public static string Content(InteractionState state) => state.InitialResponse!.Data!["content"]!.GetValue<string>();

    private async Task<InteractionState> CommandAsync(JsonObject subcommand)
    {
        var state = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("ground", userId, channelId, new JsonArray(subcommand)));
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

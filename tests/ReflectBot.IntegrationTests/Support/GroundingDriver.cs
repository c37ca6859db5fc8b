using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Runs /ground through the local Discord the way a person does: a command, then clicks on its message.</summary>
public sealed class GroundingDriver(TestBot bot, ulong userId, ulong? channelId) : MessageDriver(bot, userId, channelId)
{
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
        => [.. (await Bot.Control.GetInteractionAsync(interactionId, CancellationToken.None)).Edits.Where(edit => edit.Target == "@original")];

    public static string EditText(InteractionEditInfo edit) => edit.Data!["content"]!.GetValue<string>();

    public static string Content(InteractionState state) => state.InitialResponse!.Data!["content"]!.GetValue<string>();

    private Task<InteractionState> CommandAsync(JsonObject subcommand) => CommandAsync("ground", subcommand);
}

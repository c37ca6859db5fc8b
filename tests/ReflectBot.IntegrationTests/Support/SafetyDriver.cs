using System.Text.Json.Nodes;
using ReflectBot.Commands.Safety;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Fills in forms and runs /safetyplan and /config crisis-resources for one person, in a channel or their DMs.</summary>
public sealed class SafetyDriver(TestBot bot, ulong userId, ulong channelId)
{
    public const string Shown = "Showed crisis support privately after a form";
    public const string NothingFound = "Checked a form for crisis phrases; none found";

    public async Task<InteractionState> RunAsync(string command, string subcommand, params JsonNode[] options)
    {
        var data = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = new JsonArray(options) });
        return await bot.WaitForAnswerAsync(await bot.RunCommandAsync(command, userId, channelId, data));
    }

    public Task<InteractionState> SavePlanAsync(string? warning, string? calming, string? contacts, string? reasons)
        => SubmitAsync(
            SafetyPlanCustomIds.ForEditModal(),
            (SafetyPlanCustomIds.WarningSignsInput, warning),
            (SafetyPlanCustomIds.CalmingInput, calming),
            (SafetyPlanCustomIds.ContactsInput, contacts),
            (SafetyPlanCustomIds.ReasonsInput, reasons));

    public async Task<InteractionState> SubmitAsync(string modalCustomId, params (string Id, string? Value)[] inputs)
    {
        var components = new JsonArray();
        foreach (var (id, value) in inputs)
        {
            components.Add(new JsonObject
            {
                ["type"] = 18,
                ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = id, ["value"] = value ?? "" },
            });
        }

        var submit = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 5,
            UserId = userId,
            ChannelId = channelId,
            Data = new JsonObject { ["custom_id"] = modalCustomId, ["components"] = components },
        }, CancellationToken.None);
        return await bot.WaitForAnswerAsync(submit);
    }

    /// <summary>Waits until the crisis check of a form has finished (either way), then returns the interaction as it stands.</summary>
    public async Task<InteractionState> AfterCrisisCheckAsync(InteractionState submitted, string expectedLog, int occurrence = 1)
    {
        await bot.Logs.WaitForAsync(
            log => log.Message == expectedLog && bot.Logs.Entries.Count(entry => entry.Message == expectedLog) >= occurrence,
            TestBot.Patience);
        return await bot.Control.GetInteractionAsync(submitted.Id, CancellationToken.None);
    }

    public async Task<InteractionState> ClickAsync(JsonNode message, string customId)
    {
        var click = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = userId,
            ChannelId = channelId,
            MessageId = ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            Data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
        }, CancellationToken.None);
        return await bot.WaitForAnswerAsync(click);
    }
}

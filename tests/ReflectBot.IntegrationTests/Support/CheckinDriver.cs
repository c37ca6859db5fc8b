using System.Globalization;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Runs /checkin for one person and answers the check-in DMs they get, as their clicks would.</summary>
public sealed class CheckinDriver(TestBot bot, ulong userId, ulong dmChannelId)
{
    public async Task<InteractionState> StartAsync(string time, string zone, ulong? inChannel = null)
    {
        var options = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["name"] = "start",
            ["options"] = new JsonArray(
                new JsonObject { ["type"] = 3, ["name"] = "time", ["value"] = time },
                new JsonObject { ["type"] = 3, ["name"] = "timezone", ["value"] = zone }),
        });
        return await bot.WaitForAnswerAsync(await bot.RunCommandAsync("checkin", userId, inChannel, options));
    }

    public async Task<InteractionState> RunAsync(string command, string? subcommand = null, JsonArray? subOptions = null)
    {
        JsonArray? options = subcommand is null
            ? null
            : new JsonArray(new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = subOptions ?? new JsonArray() });
        return await bot.WaitForAnswerAsync(await bot.RunCommandAsync(command, userId, null, options));
    }

    /// <summary>The bot's own DMs to this person, not the answers to interactions run in the DM.</summary>
    public async Task<List<LocalMessage>> DirectMessagesAsync()
        => (await bot.Control.GetChannelMessagesAsync(dmChannelId, CancellationToken.None)).Where(m => m.InteractionId is null).ToList();

    public async Task<JsonNode> LatestCheckinAsync()
    {
        var messages = await DirectMessagesAsync();
        return messages.Last().Message;
    }

    public static string ButtonId(JsonNode message, string labelStart)
        => message["components"]!.AsArray()
            .SelectMany(row => row!["components"]!.AsArray())
            .First(b => b!["label"]!.GetValue<string>().StartsWith(labelStart, StringComparison.Ordinal))!["custom_id"]!.GetValue<string>();

    public async Task<InteractionState> ClickAsync(JsonNode message, string labelStart)
    {
        var click = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = userId,
            ChannelId = dmChannelId,
            MessageId = ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            Data = new JsonObject { ["custom_id"] = ButtonId(message, labelStart), ["component_type"] = 2 },
        }, CancellationToken.None);
        return await bot.WaitForAnswerAsync(click);
    }

    public async Task<InteractionState> SubmitReflectionAsync(string modalCustomId, string text)
    {
        var submit = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 5,
            UserId = userId,
            ChannelId = dmChannelId,
            Data = new JsonObject
            {
                ["custom_id"] = modalCustomId,
                ["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = 18,
                    ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = "text", ["value"] = text },
                }),
            },
        }, CancellationToken.None);
        return await bot.WaitForAnswerAsync(submit);
    }

    /// <summary>The text of the answer, also when it came as an edit after a deferral.</summary>
    public static string Content(InteractionState state)
        => (state.OriginalMessage?["content"] ?? state.InitialResponse!.Data!["content"])!.GetValue<string>();
}

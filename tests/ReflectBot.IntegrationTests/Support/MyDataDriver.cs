using System.Globalization;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Runs /mydata for one person and clicks its confirmation, as they would.</summary>
public sealed class MyDataDriver(TestBot bot, ulong userId, ulong? channelId) : MessageDriver(bot, userId, channelId)
{
    public Task<InteractionState> ExportAsync() => CommandAsync("mydata", new JsonObject { ["name"] = "export", ["type"] = 1 });

    public Task<InteractionState> OfferDeleteAsync() => CommandAsync("mydata", new JsonObject { ["name"] = "delete", ["type"] = 1 });

    /// <summary>The file attached to an answer, read back from the local Discord.</summary>
    public async Task<(string Name, byte[] Bytes)> AttachmentAsync(InteractionState state)
    {
        var attachment = (state.OriginalMessage ?? state.InitialResponse!.Data)!["attachments"]![0]!;
        var id = ulong.Parse(attachment["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        return (attachment["filename"]!.GetValue<string>(), await Bot.Control.GetAttachmentAsync(id, CancellationToken.None));
    }

    /// <summary>The words of an answer, whether it came as a new message or an update.</summary>
    public static string Content(InteractionState state)
        => (state.InitialResponse?.Data?["content"] ?? state.OriginalMessage?["content"])?.GetValue<string>() ?? "";
}

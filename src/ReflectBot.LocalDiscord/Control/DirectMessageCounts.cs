using System.Globalization;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>How many bot messages each user's DM channel holds: the duplicate check of a fan-out.</summary>
internal static class DirectMessageCounts
{
    /// <summary>User id (as a string, the control API's id form) → messages the bot wrote in that user's DM.</summary>
    public static Dictionary<string, int> Read(ServerState state)
    {
        var botId = WorldJson.Id(state.World.BotUser.Id);
        var perChannel = state.Messages.CountPerChannel(message =>
            message.Json["author"]?["id"]?.GetValue<string>() == botId && state.World.FindDmRecipient(message.ChannelId) is not null);
        return perChannel.ToDictionary(
            entry => state.World.FindDmRecipient(entry.Key)!.Id.ToString(CultureInfo.InvariantCulture),
            entry => entry.Value);
    }
}

using System.Globalization;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>How many bot messages each user's DM channel holds: the duplicate check of a fan-out.</summary>
internal static class DirectMessageCounts
{
    /// <summary>User id (as a string, the control API's id form) → messages the bot wrote in that user's DM.</summary>
    public static Dictionary<string, int> Read(ServerState state) =>
        state.Messages.TalliedPerChannel().ToDictionary(
            entry => state.World.FindDmRecipient(entry.Key)!.Id.ToString(CultureInfo.InvariantCulture),
            entry => entry.Value);

    /// <summary>Totals without listing anyone: cheap enough to read while 100,000 DMs go out.</summary>
    public static DirectMessageSummary Summarize(ServerState state)
    {
        var tally = state.Messages.TallySummary();
        return new DirectMessageSummary(tally.Channels, tally.Messages, tally.ChannelsWithMoreThanOne);
    }
}

using System.Globalization;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// The check-in DM's button and modal ids. Each names the delivery it belongs to, so an answer is
/// stored for the day of that check-in, even when it is clicked days later.
/// </summary>
public static class CheckinCustomIds
{
    public const string Prefix = "ci";
    public const string ModalPrefix = "cir";
    public const string Mood = "m";
    public const string Write = "w";
    public const string Skip = "s";
    public const string Ground = "g";
    public const string SummaryOff = "summary-off";

    public static string ForMood(long deliveryId, int mood) => Build(Mood, deliveryId, mood);

    public static string ForWrite(long deliveryId) => Build(Write, deliveryId);

    public static string ForSkip(long deliveryId) => Build(Skip, deliveryId);

    public static string ForGround(long deliveryId) => Build(Ground, deliveryId);

    /// <summary>Names the summary it sits on, so each summary's buttons are its own (a retry finds an earlier send by them).</summary>
    public static string ForSummaryOff(long deliveryId) => Build(SummaryOff, deliveryId);

    public static string ForReflectionModal(long deliveryId) => CustomId.Create(ModalPrefix, Text(deliveryId)).ToString();

    public static bool TryReadNumber(CustomId id, int index, out long number)
        => long.TryParse(id.PartOrDefault(index), NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static string Build(string action, params long[] parts)
        => CustomId.Create(Prefix, [action, .. parts.Select(Text)]).ToString();

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Privacy;

/// <summary>
/// The /mydata delete buttons' ids: <c>mydata:action:user:offered</c>. They carry whose data the confirmation is for
/// and when it was offered (Unix seconds), so a click by anyone else, or long after, deletes nothing.
/// </summary>
public static class MyDataCustomIds
{
    public const string Prefix = "mydata";
    public const string Confirm = "delete";
    public const string Cancel = "cancel";

    public static string For(string action, ulong userId, DateTimeOffset offeredAt) => CustomId.Create(
        Prefix,
        action,
        userId.ToString(CultureInfo.InvariantCulture),
        offeredAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)).ToString();

    /// <summary>Reads a button id back; anything malformed is refused.</summary>
    public static bool TryRead(CustomId id, out string action, out ulong userId, out DateTimeOffset offeredAt)
    {
        ArgumentNullException.ThrowIfNull(id);
        action = id.PartOrDefault(0) ?? "";
        userId = 0;
        offeredAt = default;
        if (id.Parts.Count != 3
            || action is not (Confirm or Cancel)
            || !ulong.TryParse(id.Parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out userId)
            || !long.TryParse(id.Parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        offeredAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}

using System.Globalization;

namespace ReflectBot.LocalDiscord.Tests.Support;

internal static class IdText
{
    /// <summary>A snowflake as Discord's JSON carries it.</summary>
    public static string Text(this ulong id) => id.ToString(CultureInfo.InvariantCulture);
}

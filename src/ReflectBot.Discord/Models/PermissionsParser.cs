using System.Globalization;

namespace ReflectBot.Discord.Models;

/// <summary>Reads Discord's decimal permission strings and answers "may they?" with Administrator in mind.</summary>
public static class PermissionsParser
{
    public static bool TryParse(string? text, out Permissions permissions)
    {
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            permissions = (Permissions)bits;
            return true;
        }

        permissions = Permissions.None;
        return false;
    }

    public static Permissions Parse(string text)
        => TryParse(text, out var permissions)
            ? permissions
            : throw new FormatException("Permissions must be a decimal string of an unsigned 64-bit number.");

    public static string ToDiscordString(this Permissions permissions)
        => ((ulong)permissions).ToString(CultureInfo.InvariantCulture);

    /// <summary>True when every bit of <paramref name="required"/> is granted; Administrator grants all.</summary>
    public static bool Allows(this Permissions granted, Permissions required)
        => granted.HasFlag(Permissions.Administrator) || (granted & required) == required;
}

using System.Text;

namespace ReflectBot.Rendering;

/// <summary>Makes text someone wrote show exactly as written when the bot repeats it: no formatting, no pings.</summary>
public static class DiscordMarkdown
{
    private const string Special = "\\*_~`|>#-[]()<@:";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            if (Special.Contains(character, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }
}

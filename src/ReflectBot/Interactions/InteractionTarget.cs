using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>
/// What an interaction aimed at, for logs: a command name or a custom id prefix, never what the
/// user typed. Worked out only when a log line is actually written.
/// </summary>
public readonly record struct InteractionTarget(Interaction Interaction)
{
    /// <summary>Real command names and prefixes are short; anything longer is cut so a hostile payload cannot flood the log.</summary>
    private const int MaxShown = 32;

    public override string ToString()
    {
        var data = Interaction.Data;
        if (data?.Name is { Length: > 0 } name)
        {
            return "/" + Printable(name);
        }

        return CustomId.TryParse(data?.CustomId, out var id) ? Printable(id.Prefix) + ":…" : "(none)";
    }

    /// <summary>No control characters (a newline could forge a log line) and no more than <see cref="MaxShown"/> characters.</summary>
    private static string Printable(string text)
    {
        var shown = text.Length > MaxShown ? text[..MaxShown] + "…" : text;
        return string.Create(shown.Length, shown, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}

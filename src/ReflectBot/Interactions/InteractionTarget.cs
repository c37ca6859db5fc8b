using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>
/// What an interaction aimed at, for logs: a command name or a custom id prefix, never what the
/// user typed. Worked out only when a log line is actually written.
/// </summary>
public readonly record struct InteractionTarget(Interaction Interaction)
{
    public override string ToString()
    {
        var data = Interaction.Data;
        if (data?.Name is { Length: > 0 } name)
        {
            return "/" + name;
        }

        return CustomId.TryParse(data?.CustomId, out var id) ? id.Prefix + ":…" : "(none)";
    }
}

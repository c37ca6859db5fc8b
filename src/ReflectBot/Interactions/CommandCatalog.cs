using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>The slash commands the bot registers with Discord, in a stable order.</summary>
public sealed class CommandCatalog(IEnumerable<ISlashCommand> commands)
{
    public IReadOnlyList<ApplicationCommand> Definitions { get; } =
        commands.Select(c => c.Definition).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
}

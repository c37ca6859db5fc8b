using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>A slash command that suggests values while the user types an option.</summary>
public interface IAutocompleteHandler
{
    string CommandName { get; }

    Task<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestAsync(InteractionContext context, CancellationToken cancellationToken);
}

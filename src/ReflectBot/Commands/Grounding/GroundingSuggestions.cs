using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Grounding;

/// <summary>Suggests exercises from the content while someone types /ground start exercise:…</summary>
public sealed class GroundingSuggestions(GroundingFlow flow) : IAutocompleteHandler
{
    private const int ChoiceNameMaxLength = 100;

    public string CommandName => GroundCommand.Name;

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var typed = context.Interaction.Data?.FocusedOption?.AsString()?.Trim() ?? "";
        IReadOnlyList<ApplicationCommandOptionChoice> choices = flow.Exercises.Values
            .Where(exercise => exercise.Title.Contains(typed, StringComparison.OrdinalIgnoreCase)
                || exercise.Id.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(exercise => exercise.Title, StringComparer.Ordinal)
            .Select(exercise => ApplicationCommandOptionChoice.String(Rendering.EmbedText.Fit(exercise.Title, ChoiceNameMaxLength), exercise.Id))
            .ToList();
        return Task.FromResult(choices);
    }
}

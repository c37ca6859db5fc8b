using ReflectBot.Core.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// Suggests IANA time zones while someone types a city, country or zone id, for every command
/// with a "timezone" option. Other options get no suggestions.
/// </summary>
public sealed class TimeZoneSuggestions(string commandName) : IAutocompleteHandler
{
    public const string OptionName = "timezone";

    public string CommandName { get; } = commandName;

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var focused = context.Interaction.Data?.FocusedOption;
        if (focused?.Name != OptionName)
        {
            return Task.FromResult<IReadOnlyList<ApplicationCommandOptionChoice>>([]);
        }

        IReadOnlyList<ApplicationCommandOptionChoice> choices = TimeZoneDirectory.Search(focused.AsString())
            .Select(zone => ApplicationCommandOptionChoice.String(zone.Label, zone.Id))
            .ToList();
        return Task.FromResult(choices);
    }
}

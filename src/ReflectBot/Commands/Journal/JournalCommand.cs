using Microsoft.Extensions.Options;
using NodaTime;
using ReflectBot.Commands.Checkins;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Journal;

/// <summary>/journal [days]: the person's own recent moods and reflections, privately.</summary>
public sealed class JournalCommand(
    CheckinRepository repository,
    CheckinPlanner planner,
    IOptions<CheckinOptions> options) : ISlashCommand
{
    public const string Name = "journal";
    public const string DaysOption = "days";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name,
        "Your recent check-in moods and reflections (only you can see them)",
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.Integer,
                Name = DaysOption,
                Description = $"How many days to look back (1 to {options.Value.JournalMaxDays}, default {options.Value.JournalDefaultDays})",
                MinValue = 1,
                MaxValue = options.Value.JournalMaxDays,
            },
        ]);

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var days = context.Interaction.Data?.GetInt64(DaysOption) ?? settings.JournalDefaultDays;
        if (days < 1 || days > settings.JournalMaxDays)
        {
            await context.RespondAsync(InteractionReply.Text($"/journal can look back from 1 to {settings.JournalMaxDays} days. Please pick a number in that range."), cancellationToken);
            return;
        }

        var userId = context.User.Id.Value;
        var checkin = await repository.GetAsync(userId, cancellationToken);
        var zone = checkin is not null && TimeZoneDirectory.TryFind(checkin.TimeZone, out var found) ? found : DateTimeZone.Utc;
        var today = planner.Today(zone);
        var from = today.PlusDays(1 - (int)days);
        var entries = await repository.GetEntriesAsync(userId, from.ToDateOnly(), today.ToDateOnly(), cancellationToken);
        var answered = await repository.GetAnsweredDatesAsync(userId, DateOnly.MinValue, cancellationToken);
        var streak = StreakCalculator.Compute(answered.Select(LocalDate.FromDateOnly), today);
        await context.RespondAsync(InteractionReply.WithEmbed(JournalView.Build(entries, (int)days, streak)), cancellationToken);
    }
}

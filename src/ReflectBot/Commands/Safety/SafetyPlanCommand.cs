using ReflectBot.Data.Protection;
using ReflectBot.Data.Safety;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Safety;

/// <summary>/safetyplan edit, show and delete: a person's own plan for hard moments, always privately.</summary>
public sealed class SafetyPlanCommand(SafetyPlanRepository plans, CrisisResourcesSource resources) : ISlashCommand
{
    public const string Name = "safetyplan";
    public const string EditSubcommand = "edit";
    public const string ShowSubcommand = "show";
    public const string DeleteSubcommand = "delete";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name,
        "Your private plan for hard moments: write it, read it back or delete it",
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = EditSubcommand,
                Description = "Write or change your safety plan in a private form",
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = ShowSubcommand,
                Description = "Read your safety plan, with where to find support",
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = DeleteSubcommand,
                Description = "Delete your safety plan",
            },
        ]);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var path = context.Interaction.Data!.CommandPath;
        return (path.Count > 1 ? path[1] : null) switch
        {
            EditSubcommand => EditAsync(context, cancellationToken),
            DeleteSubcommand => DeleteAsync(context, cancellationToken),
            _ => ShowAsync(context, cancellationToken),
        };
    }

    private async Task EditAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        StoredSafetyPlan? current;
        try
        {
            current = await plans.GetAsync(context.User.Id.Value, cancellationToken);
        }
        catch (SealedDataException)
        {
            // Opening an empty form here would let a save overwrite a plan that is only unreadable for now.
            await context.RespondAsync(InteractionReply.Text(SafetyTexts.Unreadable), cancellationToken);
            return;
        }

        var shown = await context.TryShowModalAsync(
            SafetyPlanCustomIds.ForEditModal(),
            SafetyTexts.PlanTitle,
            [
                Input(SafetyTexts.WarningSigns, SafetyTexts.WarningSignsHint, SafetyPlanCustomIds.WarningSignsInput, current?.WarningSigns),
                Input(SafetyTexts.Calming, SafetyTexts.CalmingHint, SafetyPlanCustomIds.CalmingInput, current?.Calming),
                Input(SafetyTexts.Contacts, SafetyTexts.ContactsHint, SafetyPlanCustomIds.ContactsInput, current?.Contacts),
                Input(SafetyTexts.Reasons, SafetyTexts.ReasonsHint, SafetyPlanCustomIds.ReasonsInput, current?.Reasons),
            ],
            cancellationToken);
        if (!shown)
        {
            await context.RespondAsync(InteractionReply.Text(SafetyTexts.FormNotOpened), cancellationToken);
        }
    }

    private async Task ShowAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        StoredSafetyPlan? plan;
        try
        {
            plan = await plans.GetAsync(context.User.Id.Value, cancellationToken);
        }
        catch (SealedDataException)
        {
            await context.RespondAsync(InteractionReply.Text(SafetyTexts.Unreadable), cancellationToken);
            return;
        }

        var shown = SafetyPlanView.Resources(await resources.ForAsync(context.Interaction.GuildId, cancellationToken), SafetyTexts.HelpPointer);
        var reply = plan is null
            ? new InteractionReply { Content = SafetyTexts.NoPlan, Embeds = [shown] }
            : new InteractionReply { Embeds = [SafetyPlanView.Plan(plan), shown] };
        await context.RespondAsync(reply, cancellationToken);
    }

    private async Task DeleteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var deleted = await plans.DeleteAsync(context.User.Id.Value, cancellationToken);
        await context.RespondAsync(InteractionReply.Text(deleted ? SafetyTexts.Deleted : SafetyTexts.NothingToDelete), cancellationToken);
    }

    private static Component Input(string label, string hint, string customId, string? current) => Component.Label(
        label,
        Component.TextInput(customId, TextInputStyle.Paragraph, maxLength: SafetyPlanText.MaxLength, required: false, value: current),
        hint);
}

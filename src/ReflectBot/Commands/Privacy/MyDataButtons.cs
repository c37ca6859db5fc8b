using ReflectBot.Interactions;

namespace ReflectBot.Commands.Privacy;

/// <summary>The /mydata delete confirmation's buttons; ids that do not parse delete nothing.</summary>
public sealed class MyDataButtons(MyDataDeletion deletion) : IComponentHandler
{
    public string Prefix => MyDataCustomIds.Prefix;

    public Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken)
        => MyDataCustomIds.TryRead(customId, out var action, out var ownerId, out var offeredAt)
            ? deletion.AnswerAsync(context, action, ownerId, offeredAt, cancellationToken)
            : context.RespondAsync(InteractionReply.Text(PrivacyTexts.Stale), cancellationToken);
}

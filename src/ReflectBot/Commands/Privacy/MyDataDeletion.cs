using ReflectBot.Data.Privacy;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Privacy;

/// <summary>
/// /mydata delete: offers a confirmation bound to the person and the moment, then erases everything in one
/// transaction (check-in subscriptions too, so no more DMs) and says what went, in plain words.
/// </summary>
public sealed partial class MyDataDeletion(UserDataRepository repository, TimeProvider timeProvider, ILogger<MyDataDeletion> logger)
{
    /// <summary>How long a confirmation can be clicked.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Clocks differ a little; an offer further in the future than this was not made by the bot.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(1);

    public Task OfferAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var userId = context.User.Id.Value;
        var offeredAt = timeProvider.GetUtcNow();
        return context.RespondAsync(new InteractionReply
        {
            Content = PrivacyTexts.DeleteQuestion,
            Components =
            [
                Component.ActionRow(
                    Component.Button(ButtonStyle.Danger, MyDataCustomIds.For(MyDataCustomIds.Confirm, userId, offeredAt), PrivacyTexts.DeleteButton),
                    Component.Button(ButtonStyle.Secondary, MyDataCustomIds.For(MyDataCustomIds.Cancel, userId, offeredAt), PrivacyTexts.CancelButton)),
            ],
        }, cancellationToken);
    }

    /// <summary>Handles a click on the confirmation; only its owner, within <see cref="ConfirmationLifetime"/>, deletes anything.</summary>
    public async Task AnswerAsync(InteractionContext context, string action, ulong ownerId, DateTimeOffset offeredAt, CancellationToken cancellationToken)
    {
        if (context.User.Id.Value != ownerId)
        {
            // A new private message, so the owner's confirmation stays as it was.
            LogRefusedForeignClick();
            await context.RespondAsync(InteractionReply.Text(PrivacyTexts.NotYours), cancellationToken);
            return;
        }

        if (action == MyDataCustomIds.Cancel)
        {
            await context.UpdateMessageAsync(InteractionReply.Text(PrivacyTexts.Cancelled) with { Components = [] }, cancellationToken);
            return;
        }

        var age = timeProvider.GetUtcNow() - offeredAt;
        if (age > ConfirmationLifetime || age < -ClockSlack)
        {
            await context.UpdateMessageAsync(InteractionReply.Text(PrivacyTexts.Expired) with { Components = [] }, cancellationToken);
            return;
        }

        var deleted = await repository.DeleteAsync(ownerId, cancellationToken);
        LogDeleted(deleted.Total);
        var text = MyDataExport.HoldsAnything(deleted.RowsByTable)
            ? PrivacyTexts.Deleted(StoredDataWords.Describe(deleted.RowsByTable))
            : PrivacyTexts.NothingToDelete;
        await context.UpdateMessageAsync(InteractionReply.Text(text) with { Components = [] }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A person deleted their data: {Rows} rows removed")]
    private partial void LogDeleted(int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a data deletion clicked by someone other than its owner")]
    private partial void LogRefusedForeignClick();
}

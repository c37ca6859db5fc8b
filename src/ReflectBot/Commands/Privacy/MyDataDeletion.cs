using System.Net;
using ReflectBot.Data.Privacy;
using ReflectBot.Data.Quiz;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Privacy;

/// <summary>
/// /mydata delete: offers a confirmation bound to the person and the moment, then erases everything in one
/// transaction (check-in subscriptions too, so no more DMs) and says what went, in plain words.
/// </summary>
public sealed partial class MyDataDeletion(
    UserDataRepository repository,
    QuizRepository quizzes,
    DiscordRestClient rest,
    TimeProvider timeProvider,
    ILogger<MyDataDeletion> logger)
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

        // Shared posts first: deleting the rows forgets where they are.
        var posts = await TakeDownSharedPostsAsync(ownerId, cancellationToken);
        var deleted = await repository.DeleteAsync(ownerId, cancellationToken);
        LogDeleted(deleted.Total, posts.Removed, posts.Left);
        var text = MyDataExport.HoldsAnything(deleted.RowsByTable)
            ? PrivacyTexts.Deleted(StoredDataWords.Describe(deleted.RowsByTable), posts)
            : PrivacyTexts.NothingToDelete;
        await context.UpdateMessageAsync(InteractionReply.Text(text) with { Components = [] }, cancellationToken);
    }

    private async Task<SharedPostRemoval> TakeDownSharedPostsAsync(ulong ownerId, CancellationToken cancellationToken)
    {
        var (removed, left) = (0, 0);
        foreach (var (channelId, messageId) in await quizzes.GetSharedPostsAsync(ownerId, cancellationToken))
        {
            try
            {
                await rest.DeleteMessageAsync(new Snowflake(channelId), new Snowflake(messageId), cancellationToken);
                removed++;
            }
            catch (DiscordRestException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
            {
                // Already gone, deleted by a moderator or with its channel.
                removed++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogPostNotRemoved(exception);
                left++;
            }
        }

        return new SharedPostRemoval(removed, left);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A person deleted their data: {Rows} rows removed, {Removed} shared posts taken down, {Left} left")]
    private partial void LogDeleted(int rows, int removed, int left);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take down a shared quiz post during a data deletion")]
    private partial void LogPostNotRemoved(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a data deletion clicked by someone other than its owner")]
    private partial void LogRefusedForeignClick();
}

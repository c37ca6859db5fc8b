using ReflectBot.Core.Quiz;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Quiz;

/// <summary>
/// Every quiz button. Buttons name their owner; anyone else's click is refused privately and changes
/// nothing. Ids that do not parse are treated as stale rather than trusted.
/// </summary>
public sealed class QuizButtons(QuizSteps steps, QuizResultActions results) : IComponentHandler
{
    public string Prefix => QuizCustomIds.Prefix;

    public async Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken)
    {
        var action = customId.PartOrDefault(0);
        if (action == QuizCustomIds.TakeYourOwn)
        {
            // Never wipe a quiz the clicker already has going: resume it instead.
            await steps.StartOrResumeAsync(context, null, cancellationToken);
            return;
        }

        if (!QuizCustomIds.TryReadOwner(customId, out var owner))
        {
            await context.RespondAsync(InteractionReply.Text(QuizTexts.Ended), cancellationToken);
            return;
        }

        if (owner != context.User.Id.Value)
        {
            var refusal = action is QuizCustomIds.Share or QuizCustomIds.LearnMore or QuizCustomIds.Retake ? QuizTexts.NotYourResult : QuizTexts.NotYours;
            await context.RespondAsync(InteractionReply.Text(refusal), cancellationToken);
            return;
        }

        var handled = action switch
        {
            QuizCustomIds.Answer when QuizCustomIds.TryReadNumber(customId, 2, out var version)
                && QuizCustomIds.TryReadNumber(customId, 3, out var value) && AgreementScale.IsValid((int)value)
                => steps.AnswerAsync(context, version, (int)value, cancellationToken),
            QuizCustomIds.Back when QuizCustomIds.TryReadNumber(customId, 2, out var version)
                => steps.BackAsync(context, version, cancellationToken),
            QuizCustomIds.Stop when QuizCustomIds.TryReadNumber(customId, 2, out var version)
                => steps.StopAsync(context, version, cancellationToken),
            QuizCustomIds.Share when QuizCustomIds.TryReadNumber(customId, 2, out var resultId)
                => results.ShareAsync(context, resultId, cancellationToken),
            QuizCustomIds.LearnMore when customId.PartOrDefault(2) is { } pattern
                => results.LearnMoreAsync(context, pattern, cancellationToken),
            QuizCustomIds.Retake when QuizModes.TryParse(customId.PartOrDefault(2), out var mode)
                => RetakeAsync(context, mode, cancellationToken),
            _ => context.RespondAsync(InteractionReply.Text(QuizTexts.Ended), cancellationToken),
        };
        await handled;
    }

    private Task RetakeAsync(InteractionContext context, QuizMode mode, CancellationToken cancellationToken)
        => steps.StartOrResumeAsync(context, mode, cancellationToken);
}

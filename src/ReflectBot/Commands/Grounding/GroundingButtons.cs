using ReflectBot.Interactions;

namespace ReflectBot.Commands.Grounding;

/// <summary>Every /ground button. Ids that do not parse are treated as stale rather than trusted.</summary>
public sealed class GroundingButtons(GroundingFlow flow) : IComponentHandler
{
    public string Prefix => GroundingCustomIds.Prefix;

    public Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken)
    {
        var action = customId.PartOrDefault(0);
        if (action == GroundingCustomIds.Menu)
        {
            return flow.ShowMenuAsync(context, cancellationToken);
        }

        if (action == GroundingCustomIds.Pick && customId.PartOrDefault(1) is { Length: > 0 } exerciseId)
        {
            return flow.StartAsync(context, exerciseId, onClickedMessage: true, cancellationToken);
        }

        if (!GroundingCustomIds.TryReadNumber(customId, 1, out var sessionId))
        {
            return Stale(context, cancellationToken);
        }

        var hasNumber = GroundingCustomIds.TryReadNumber(customId, 2, out var number);
        var isRating = hasNumber && number <= 10;
        return action switch
        {
            GroundingCustomIds.Before when isRating => flow.RateBeforeAsync(context, sessionId, (int)number, cancellationToken),
            GroundingCustomIds.SkipBefore => flow.RateBeforeAsync(context, sessionId, null, cancellationToken),
            GroundingCustomIds.Next when hasNumber && number <= int.MaxValue => flow.NextAsync(context, sessionId, (int)number, cancellationToken),
            GroundingCustomIds.Pause => flow.PauseAsync(context, sessionId, cancellationToken),
            GroundingCustomIds.Resume when hasNumber && number <= int.MaxValue => flow.ResumeAsync(context, sessionId, (int)number, cancellationToken),
            GroundingCustomIds.Stop => flow.StopAsync(context, sessionId, cancellationToken),
            GroundingCustomIds.After when isRating => flow.RateAfterAsync(context, sessionId, (int)number, cancellationToken),
            GroundingCustomIds.SkipAfter => flow.RateAfterAsync(context, sessionId, null, cancellationToken),
            _ => Stale(context, cancellationToken),
        };
    }

    private static Task Stale(InteractionContext context, CancellationToken cancellationToken) =>
        context.RespondAsync(InteractionReply.Text(GroundingTexts.Unknown), cancellationToken);
}

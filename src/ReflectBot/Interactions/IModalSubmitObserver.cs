namespace ReflectBot.Interactions;

/// <summary>
/// Something that looks at what a person typed into any form, after the form's own handler has
/// answered, so it can add a private follow-up (such as crisis support) without every modal knowing
/// about it. A failing observer is logged and never changes the handler's answer.
/// </summary>
public interface IModalSubmitObserver
{
    /// <summary>Called once per submitted form, after it was answered; <paramref name="typed"/> holds the non-empty inputs in the order the person saw them.</summary>
    Task ObserveAsync(InteractionContext context, IReadOnlyList<string> typed, CancellationToken cancellationToken);
}

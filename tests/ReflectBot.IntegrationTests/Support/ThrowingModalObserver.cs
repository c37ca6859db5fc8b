using ReflectBot.Interactions;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>A form observer that always fails, registered before crisis support to show one failure stops neither the answer nor the others.</summary>
public sealed class ThrowingModalObserver : IModalSubmitObserver
{
    public Task ObserveAsync(InteractionContext context, IReadOnlyList<string> typed, CancellationToken cancellationToken)
        => throw new InvalidOperationException("observer broke on purpose");
}

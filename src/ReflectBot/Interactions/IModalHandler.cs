namespace ReflectBot.Interactions;

/// <summary>Handles submitted modals whose custom id starts with <see cref="Prefix"/>.</summary>
public interface IModalHandler
{
    string Prefix { get; }

    Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken);
}

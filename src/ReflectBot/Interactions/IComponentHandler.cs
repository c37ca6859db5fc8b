namespace ReflectBot.Interactions;

/// <summary>Handles buttons and selects whose custom id starts with <see cref="Prefix"/>.</summary>
public interface IComponentHandler
{
    string Prefix { get; }

    Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken);
}

using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>A slash command: what Discord is told about it, and what happens when someone runs it.</summary>
public interface ISlashCommand
{
    ApplicationCommand Definition { get; }

    Task HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}

using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>Test-only: a handler that throws before it ever awaits.</summary>
public sealed class ThrowingCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere("throwing", "Test only: fails at once");

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
        => throw new InvalidOperationException("A bug in a feature.");
}

/// <summary>Test-only: a handler that returns without answering anything.</summary>
public sealed class SilentCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere("silent", "Test only: forgets to answer");

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

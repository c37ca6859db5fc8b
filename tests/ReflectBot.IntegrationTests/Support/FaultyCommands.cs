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

/// <summary>Test-only: answers at once and counts how often it actually ran.</summary>
public sealed class CountingCommand : ISlashCommand
{
    private int _runs;

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere("counting", "Test only: counts its runs");

    public int Runs => Volatile.Read(ref _runs);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        return context.RespondAsync(InteractionReply.Text("Counted."), cancellationToken);
    }
}

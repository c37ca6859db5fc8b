using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>A test-only slash command whose handler stays busy until the test releases it.</summary>
public sealed class BlockingCommand : ISlashCommand
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere("blocking", "Test only: answers when released");

    public Task Started => _started.Task;

    public void Release() => _release.TrySetResult();

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        await context.RespondAsync(InteractionReply.Text("Finished after a long wait."), cancellationToken);
    }
}

using Microsoft.Extensions.Options;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Hosting;

namespace ReflectBot.Interactions;

/// <summary>
/// Sends each interaction to the handler declared for it: slash commands by name, buttons, selects
/// and modals by custom id prefix. Whatever happens, the person gets an answer within Discord's
/// deadline: unknown or stale ids get a polite private note, slow handlers are deferred for, and a
/// handler that fails gets an apology instead of silence. Someone going over their per-minute budget
/// gets a kind note and nothing else happens.
/// </summary>
public sealed partial class InteractionRouter
{
    private readonly DiscordRestClient _rest;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<InteractionRouter> _logger;
    private readonly TimeSpan _autoDeferAfter;
    private readonly Dictionary<string, ISlashCommand> _commands;
    private readonly Dictionary<string, IAutocompleteHandler> _autocomplete;
    private readonly Dictionary<string, IComponentHandler> _components;
    private readonly Dictionary<string, IModalHandler> _modals;
    private readonly IReadOnlyList<IPendingNoticeSource> _notices;
    private readonly List<IModalSubmitObserver> _modalObservers;
    private readonly UserRateLimiter _limiter;

    public InteractionRouter(
        IEnumerable<ISlashCommand> commands,
        IEnumerable<IAutocompleteHandler> autocomplete,
        IEnumerable<IComponentHandler> components,
        IEnumerable<IModalHandler> modals,
        IEnumerable<IPendingNoticeSource> notices,
        IEnumerable<IModalSubmitObserver> modalObservers,
        DiscordRestClient rest,
        UserRateLimiter limiter,
        IOptions<BotOptions> options,
        TimeProvider timeProvider,
        ILogger<InteractionRouter> logger)
    {
        _commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);
        _autocomplete = autocomplete.ToDictionary(a => a.CommandName, StringComparer.Ordinal);
        _components = components.ToDictionary(c => c.Prefix, StringComparer.Ordinal);
        _modals = modals.ToDictionary(m => m.Prefix, StringComparer.Ordinal);
        _notices = notices.ToList();
        _modalObservers = modalObservers.ToList();
        _rest = rest;
        _limiter = limiter;
        _timeProvider = timeProvider;
        _logger = logger;
        _autoDeferAfter = options.Value.AutoDeferAfter;
    }

    /// <summary>Handles one interaction; <paramref name="receivedAt"/> (a TimeProvider timestamp) starts Discord's clock.</summary>
    public async Task HandleAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        if (interaction.Invoker is null)
        {
            LogNoUser(interaction.Id.Value);
            return;
        }

        using var context = new InteractionContext(interaction, _rest);
        if (!IsWithinLimits(interaction, out var retryAt))
        {
            await RefuseForNowAsync(context, retryAt, cancellationToken);

            // The form was not saved, but someone in crisis still gets support.
            await ObserveModalAsync(context, cancellationToken);
            return;
        }

        var handling = DispatchAsync(context, cancellationToken);
        try
        {
            await AcknowledgeInTimeAsync(context, handling, receivedAt, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the handler was told too; wait for it below all the same.
        }

        try
        {
            await handling;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogHandlerFailed(exception, interaction.Type, new InteractionTarget(interaction));
            await ApologiseAsync(context, cancellationToken);
            await ObserveModalAsync(context, cancellationToken);
            return;
        }

        if (!context.HasAnswered && interaction.Type != InteractionType.Ping)
        {
            LogHandlerDidNotAnswer(interaction.Type, new InteractionTarget(interaction));
            await ApologiseAsync(context, cancellationToken);
            await ObserveModalAsync(context, cancellationToken);
            return;
        }

        if (interaction.Type == InteractionType.ApplicationCommand)
        {
            await ShowPendingNoticesAsync(context, cancellationToken);
        }

        await ObserveModalAsync(context, cancellationToken);
    }

    private bool IsWithinLimits(Interaction interaction, out DateTimeOffset retryAt)
    {
        retryAt = default;
        UserActionKind? kind = interaction.Type switch
        {
            InteractionType.ApplicationCommand => UserActionKind.Command,
            // A form's answer is never refused: opening it was a counted click, and refusing would lose what was written.
            InteractionType.MessageComponent => UserActionKind.Click,
            InteractionType.ApplicationCommandAutocomplete => UserActionKind.Suggestion,
            _ => null,
        };
        if (kind is not { } counted || _limiter.TryAcquire(interaction.Invoker!.Id.Value, counted, out retryAt))
        {
            return true;
        }

        LogOverLimit(counted, interaction.Invoker!.Id.Value);
        return false;
    }

    /// <summary>Over the limit: an empty list while typing, otherwise a kind private note; no handler runs.</summary>
    private async Task RefuseForNowAsync(InteractionContext context, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        try
        {
            if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
            {
                await context.SuggestAsync([], cancellationToken);
            }
            else
            {
                await context.RespondAsync(InteractionReply.Text(RouterTexts.SlowDown(retryAt)), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRefusalFailed(exception);
        }
    }

    /// <summary>After a command is answered, tells the person anything a feature has been waiting to say.</summary>
    private async Task ShowPendingNoticesAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        foreach (var source in _notices)
        {
            try
            {
                if (await source.TakeAsync(context.User.Id.Value, cancellationToken) is { } notice)
                {
                    await context.FollowupAsync(InteractionReply.Text(notice), cancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogNoticeFailed(exception);
            }
        }
    }

    /// <summary>
    /// After a form has been answered (even with an apology: what someone wrote still matters), lets
    /// every observer see the typed text; each runs on its own, and none can undo the answer.
    /// </summary>
    private async Task ObserveModalAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.Interaction.Type != InteractionType.ModalSubmit || _modalObservers.Count == 0 || !context.IsAcknowledged)
        {
            return;
        }

        var typed = TypedValues(context.Interaction.Data);
        if (typed.Count == 0)
        {
            return;
        }

        foreach (var observer in _modalObservers)
        {
            try
            {
                await observer.ObserveAsync(context, typed, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogObserverFailed(exception, observer.GetType().Name);
            }
        }
    }

    // Async so that a handler throwing before its first await still ends in a faulted task, never past the router.
    private async Task DispatchAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        await Task.Yield();
        await RouteAsync(context, cancellationToken);
    }

    private Task RouteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var data = interaction.Data;
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand when data?.Name is { } name && _commands.TryGetValue(name, out var command):
                return command.HandleAsync(context, cancellationToken);
            case InteractionType.ApplicationCommandAutocomplete when data?.Name is { } name && _autocomplete.TryGetValue(name, out var suggester):
                return SuggestAsync(context, suggester, cancellationToken);
            case InteractionType.ApplicationCommandAutocomplete:
                return context.SuggestAsync([], cancellationToken);
            case InteractionType.MessageComponent when CustomId.TryParse(data?.CustomId, out var id) && _components.TryGetValue(id.Prefix, out var handler):
                return handler.HandleAsync(context, id, cancellationToken);
            case InteractionType.ModalSubmit when CustomId.TryParse(data?.CustomId, out var id) && _modals.TryGetValue(id.Prefix, out var modal):
                return modal.HandleAsync(context, id, cancellationToken);
            case InteractionType.ModalSubmit:
                LogUnknownTarget(interaction.Type, new InteractionTarget(interaction));
                return context.RespondAsync(UnroutableModalReply.Create(TypedValues(data)), cancellationToken);
            case InteractionType.Ping:
                return Task.CompletedTask;
            default:
                LogUnknownTarget(interaction.Type, new InteractionTarget(interaction));
                return context.RespondAsync(InteractionReply.Text(RouterTexts.Unknown(interaction.Type)), cancellationToken);
        }
    }

    private static List<string> TypedValues(InteractionData? data)
        => data?.ModalInputs().Select(input => input.Value).OfType<string>().Where(value => value.Length > 0).ToList() ?? [];

    private static async Task SuggestAsync(InteractionContext context, IAutocompleteHandler suggester, CancellationToken cancellationToken)
    {
        var choices = await suggester.SuggestAsync(context, cancellationToken);
        await context.SuggestAsync(choices, cancellationToken);
    }

    /// <summary>Defers for a handler that is still busy when the deadline draws near.</summary>
    private async Task AcknowledgeInTimeAsync(InteractionContext context, Task handling, long receivedAt, CancellationToken cancellationToken)
    {
        var left = _autoDeferAfter - _timeProvider.GetElapsedTime(receivedAt);
        var deadline = left > TimeSpan.Zero ? Task.Delay(left, _timeProvider, cancellationToken) : Task.CompletedTask;
        var first = await Task.WhenAny(handling, deadline);
        if (first != deadline || handling.IsCompleted || context.IsAcknowledged)
        {
            return;
        }

        try
        {
            if (await context.TryDeferAsync(cancellationToken))
            {
                LogAutoDeferred(context.Interaction.Type, new InteractionTarget(context.Interaction));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The handler keeps going and may still answer; the failure is only logged.
            LogDeferFailed(exception);
        }
    }

    private async Task ApologiseAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            return;
        }

        try
        {
            await context.RespondAsync(InteractionReply.Text(RouterTexts.Failed), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogApologyFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId} has no user; dropped")]
    private partial void LogNoUser(ulong interactionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "No handler for {Type} {Target}; answered politely")]
    private partial void LogUnknownTarget(InteractionType type, InteractionTarget target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler for {Type} {Target} failed")]
    private partial void LogHandlerFailed(Exception exception, InteractionType type, InteractionTarget target);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deferred {Type} {Target} for a slow handler")]
    private partial void LogAutoDeferred(InteractionType type, InteractionTarget target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not defer an interaction for a slow handler")]
    private partial void LogDeferFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler for {Type} {Target} finished without answering")]
    private partial void LogHandlerDidNotAnswer(InteractionType type, InteractionTarget target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not show a pending notice after a command")]
    private partial void LogNoticeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modal observer {Observer} failed; the form's own answer stands")]
    private partial void LogObserverFailed(Exception exception, string observer);

    [LoggerMessage(Level = LogLevel.Debug, Message = "User {UserId} is over the {Kind} limit; asked to slow down")]
    private partial void LogOverLimit(UserActionKind kind, ulong userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask a user over their limit to slow down")]
    private partial void LogRefusalFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user their interaction failed")]
    private partial void LogApologyFailed(Exception exception);
}

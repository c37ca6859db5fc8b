using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Interactions;

/// <summary>
/// One interaction and the ways to answer it. It remembers whether Discord has been answered yet,
/// so a handler can always call <see cref="RespondAsync"/> and the right route is chosen: the
/// initial callback, an edit of a deferred answer, or a follow-up.
/// </summary>
public sealed class InteractionContext : IDisposable
{
    private readonly DiscordRestClient _rest;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AcknowledgementState _state = AcknowledgementState.None;

    public InteractionContext(Interaction interaction, DiscordRestClient rest)
    {
        Interaction = interaction;
        _rest = rest;
        User = interaction.Invoker ?? throw new ArgumentException("An interaction without a user cannot be answered.", nameof(interaction));
    }

    public Interaction Interaction { get; }

    /// <summary>Who clicked or typed: the member's user in a server, the user in DMs.</summary>
    public User User { get; }

    public bool IsAcknowledged => _state != AcknowledgementState.None;

    /// <summary>Whether the person has been shown an answer, not just a deferral's "thinking…".</summary>
    public bool HasAnswered => _state is AcknowledgementState.Responded or AcknowledgementState.DeferredUpdate;

    /// <summary>Answers with a message (private by default).</summary>
    public async Task RespondAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            switch (_state)
            {
                case AcknowledgementState.None:
                    try
                    {
                        await CallbackAsync(InteractionCallbackType.ChannelMessageWithSource, ToCallbackData(reply), reply.Files, cancellationToken);
                    }
                    catch (DiscordRestException exception) when (exception.Code == DiscordErrorCode.InteractionAlreadyAcknowledged)
                    {
                        // An earlier attempt reached Discord even though its answer never reached us.
                        await _rest.EditOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, ToEdit(reply), reply.Files, cancellationToken);
                    }

                    _state = AcknowledgementState.Responded;
                    break;
                case AcknowledgementState.DeferredMessage:
                    await _rest.EditOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, ToEdit(reply), reply.Files, cancellationToken);
                    _state = AcknowledgementState.Responded;
                    break;
                default:
                    await _rest.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, ToCreate(reply), reply.Files, cancellationToken);
                    break;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Sends a further message after the first answer (or a deferral) and returns it; public unless
    /// <see cref="InteractionReply.Ephemeral"/> says otherwise.
    /// </summary>
    public async Task<Message> FollowupAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_state == AcknowledgementState.None)
            {
                throw new InvalidOperationException("Answer or defer an interaction before sending a follow-up.");
            }

            return await _rest.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, ToCreate(reply), reply.Files, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Replaces the message a button or select sits on (components only).</summary>
    public async Task UpdateMessageAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_state == AcknowledgementState.None)
            {
                await CallbackAsync(InteractionCallbackType.UpdateMessage, ToCallbackData(reply) with { Flags = null }, reply.Files, cancellationToken);
                _state = AcknowledgementState.Responded;
                return;
            }

            await _rest.EditOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, ToEdit(reply), reply.Files, cancellationToken);
            _state = AcknowledgementState.Responded;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Opens a modal. Only possible as the first answer, and never to a modal submit.</summary>
    public async Task<bool> TryShowModalAsync(string customId, string title, IReadOnlyList<Component> components, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_state != AcknowledgementState.None || Interaction.Type == InteractionType.ModalSubmit)
            {
                return false;
            }

            var data = new InteractionCallbackData { CustomId = customId, Title = title, Components = components };
            await CallbackAsync(InteractionCallbackType.Modal, data, null, cancellationToken);
            _state = AcknowledgementState.Responded;
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Sends autocomplete suggestions (at most 25, as Discord allows).</summary>
    public async Task SuggestAsync(IReadOnlyList<ApplicationCommandOptionChoice> choices, CancellationToken cancellationToken)
    {
        var data = new InteractionCallbackData { Choices = choices.Take(25).ToList() };
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await CallbackAsync(InteractionCallbackType.ApplicationCommandAutocompleteResult, data, null, cancellationToken);
            _state = AcknowledgementState.Responded;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Tells Discord an answer is coming, if nothing has been sent yet. Components are deferred as an
    /// update of their message; commands and modals as a private "thinking…" message.
    /// </summary>
    public async Task<bool> TryDeferAsync(CancellationToken cancellationToken)
    {
        if (Interaction.Type is InteractionType.ApplicationCommandAutocomplete or InteractionType.Ping)
        {
            return false;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_state != AcknowledgementState.None)
            {
                return false;
            }

            if (Interaction.Type == InteractionType.MessageComponent)
            {
                await CallbackAsync(InteractionCallbackType.DeferredUpdateMessage, null, null, cancellationToken);
                _state = AcknowledgementState.DeferredUpdate;
            }
            else
            {
                var data = new InteractionCallbackData { Flags = MessageFlags.Ephemeral };
                await CallbackAsync(InteractionCallbackType.DeferredChannelMessageWithSource, data, null, cancellationToken);
                _state = AcknowledgementState.DeferredMessage;
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private Task CallbackAsync(InteractionCallbackType type, InteractionCallbackData? data, IReadOnlyList<FileAttachment>? files, CancellationToken cancellationToken)
        => _rest.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, new InteractionResponse(type, data), files, cancellationToken);

    private static InteractionCallbackData ToCallbackData(InteractionReply reply) => new()
    {
        Content = reply.Content,
        Embeds = reply.Embeds,
        Components = reply.Components,
        Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null,
    };

    private static MessageEdit ToEdit(InteractionReply reply) => new()
    {
        Content = reply.Content,
        Embeds = reply.Embeds,
        Components = reply.Components,
    };

    private static MessageCreate ToCreate(InteractionReply reply) => new()
    {
        Content = reply.Content,
        Embeds = reply.Embeds,
        Components = reply.Components,
        Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null,
    };

    private enum AcknowledgementState
    {
        None,
        DeferredMessage,
        DeferredUpdate,
        Responded,
    }
}

using ReflectBot.Core.Cards;
using ReflectBot.Data.Cards;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;
using ReflectBot.Servers;

namespace ReflectBot.Commands.Cards;

/// <summary>
/// /card share: checks who asks (from the interaction's member permissions and roles), where the card may go,
/// and what the bot may do there, then posts the card publicly and tells the moderator privately.
/// Every refusal is private and posts nothing.
/// </summary>
public sealed partial class CardSharing(
    CardSettingsRepository settings,
    BotChannelPermissions botPermissions,
    DiscordRestClient rest,
    ILogger<CardSharing> logger)
{
    private static readonly (Permissions Flag, string Name)[] NeededToPost =
    [
        (Permissions.ViewChannel, "View Channel"),
        (Permissions.SendMessages, "Send Messages"),
        (Permissions.EmbedLinks, "Embed Links"),
    ];

    /// <summary>What the sharer needs in the target channel themselves: a card goes only where they could post.</summary>
    private const Permissions CanPostThere = Permissions.ViewChannel | Permissions.SendMessages;

    public async Task ShareAsync(InteractionContext context, ExplainerCard card, Snowflake? chosenChannelId, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (interaction.GuildId is not { } guildId || interaction.Member is not { } member)
        {
            await context.RespondAsync(InteractionReply.Text(CardTexts.ServersOnly), cancellationToken);
            return;
        }

        var stored = await settings.GetAsync(guildId.Value, cancellationToken);
        var roles = (member.Roles ?? []).Select(role => role.Value).ToList();
        if (CardSharePolicy.ForMember(member.Permissions ?? 0, roles, guildId.Value, stored?.ModRoleId) != CardShareRefusal.None)
        {
            await context.RespondAsync(InteractionReply.Text(CardTexts.NeedsModerator), cancellationToken);
            return;
        }

        if ((chosenChannelId ?? interaction.ChannelId) is not { } channelId)
        {
            await context.RespondAsync(InteractionReply.Text(CardTexts.NotATextChannel), cancellationToken);
            return;
        }

        Guild guild;
        Channel channel;
        Permissions granted;
        try
        {
            guild = await rest.GetGuildAsync(guildId, cancellationToken);
            channel = await rest.GetChannelAsync(channelId, cancellationToken);
            granted = await botPermissions.ForChannelAsync(guild, channel, cancellationToken);
        }
        catch (DiscordRestException exception)
        {
            LogChannelLookupFailed(exception);
            await context.RespondAsync(InteractionReply.Text(CardTexts.CannotCheckChannel), cancellationToken);
            return;
        }

        if (channel.GuildId != guildId || channel.Type is not (ChannelType.GuildText or ChannelType.GuildAnnouncement))
        {
            await context.RespondAsync(InteractionReply.Text(CardTexts.NotATextChannel), cancellationToken);
            return;
        }

        // The member's permissions in the interaction are for the channel they typed in; the card may
        // go elsewhere, so what they may do there is worked out from the server's roles and overwrites.
        var sharerThere = PermissionCalculator.ForMember(guild, context.User.Id, member.Roles ?? [], channel);
        if (CardSharePolicy.ForMember(sharerThere, roles, guildId.Value, stored?.ModRoleId) != CardShareRefusal.None
            || (sharerThere & CanPostThere) != CanPostThere)
        {
            await context.RespondAsync(InteractionReply.Text(CardTexts.NeedsModeratorThere(channelId.Value)), cancellationToken);
            return;
        }

        var refusal = CardSharePolicy.ForChannel(card.Mature, channel.Nsfw == true, stored?.MatureAllowed ?? true);
        if (refusal != CardShareRefusal.None)
        {
            var text = refusal == CardShareRefusal.MatureOffInServer ? CardTexts.MatureOff : CardTexts.MatureNeedsAgeRestricted;
            await context.RespondAsync(InteractionReply.Text(text), cancellationToken);
            return;
        }

        var missing = NeededToPost.Where(p => (granted & p.Flag) == 0).Select(p => p.Name).ToList();
        if (missing.Count > 0)
        {
            await context.RespondAsync(InteractionReply.Text(CardTexts.MissingPermissions(channelId.Value, missing)), cancellationToken);
            return;
        }

        try
        {
            await rest.CreateMessageAsync(channelId, CardView.Shared(card), null, cancellationToken);
        }
        catch (DiscordRestException exception)
        {
            LogPostFailed(exception, card.Id);
            await context.RespondAsync(InteractionReply.Text(CardTexts.CouldNotPost(channelId.Value)), cancellationToken);
            return;
        }

        LogShared(card.Id, guildId.Value);
        await context.RespondAsync(InteractionReply.Text(CardTexts.Shared(channelId.Value, card.Title)), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Card {CardId} shared in guild {GuildId}")]
    private partial void LogShared(string cardId, ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused the post of card {CardId}")]
    private partial void LogPostFailed(Exception exception, string cardId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up a channel chosen for sharing a card")]
    private partial void LogChannelLookupFailed(Exception exception);
}

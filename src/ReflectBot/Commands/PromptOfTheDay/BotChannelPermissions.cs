using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Commands.PromptOfTheDay;

/// <summary>
/// The bot's own permissions in a server channel, computed from the server's roles, the bot's member
/// and the channel's overwrites, as Discord does. An interaction only says what the bot may do in
/// the channel it came from; a moderator may choose any other.
/// </summary>
public sealed class BotChannelPermissions(DiscordRestClient rest)
{
    private Snowflake? _botUserId;

    public async Task<Permissions> ForChannelAsync(Snowflake guildId, Snowflake channelId, CancellationToken cancellationToken)
    {
        _botUserId ??= (await rest.GetCurrentUserAsync(cancellationToken)).Id;
        var guild = await rest.GetGuildAsync(guildId, cancellationToken);
        var member = await rest.GetGuildMemberAsync(guildId, _botUserId.Value, cancellationToken);
        var channel = await rest.GetChannelAsync(channelId, cancellationToken);
        if (channel.ParentId is { } parentId && channel.Type is ChannelType.PublicThread or ChannelType.PrivateThread or ChannelType.AnnouncementThread)
        {
            channel = await rest.GetChannelAsync(parentId, cancellationToken);
        }

        return PermissionCalculator.ForMember(guild, _botUserId.Value, member.Roles ?? [], channel);
    }
}

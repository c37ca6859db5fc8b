using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Servers;

/// <summary>
/// The bot's own permissions in a server text channel, computed from the server's roles, the bot's
/// member and the channel's overwrites, as Discord does. An interaction only says what the bot may
/// do in the channel it came from; a moderator may choose any other.
/// </summary>
public sealed class BotChannelPermissions(DiscordRestClient rest, BotIdentity identity)
{
    public async Task<Permissions> ForChannelAsync(Snowflake guildId, Snowflake channelId, CancellationToken cancellationToken)
    {
        var guild = await rest.GetGuildAsync(guildId, cancellationToken);
        var channel = await rest.GetChannelAsync(channelId, cancellationToken);
        return await ForChannelAsync(guild, channel, cancellationToken);
    }

    /// <summary>For a guild and channel the caller has already fetched.</summary>
    public async Task<Permissions> ForChannelAsync(Guild guild, Channel channel, CancellationToken cancellationToken)
    {
        var botUserId = await identity.UserIdAsync(cancellationToken);
        var member = await rest.GetGuildMemberAsync(guild.Id, botUserId, cancellationToken);
        return PermissionCalculator.ForMember(guild, botUserId, member.Roles ?? [], channel);
    }
}

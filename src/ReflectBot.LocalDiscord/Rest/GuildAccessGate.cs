using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>
/// Once the bot was removed from the seeded guild, any route naming that guild, or one of its channels or
/// threads, is refused as Discord refuses a guild the bot is not in: 403 Missing Access (50001).
/// </summary>
internal static class GuildAccessGate
{
    public static IResult? Refuse(ServerState state, RouteValueDictionary routeValues)
    {
        if (state.Membership.IsMember)
        {
            return null;
        }

        if (routeValues["guild_id"] is string guildId && ChannelRoutes.Snowflake(guildId) == state.World.Guild.Id)
        {
            return DiscordErrors.MissingAccess();
        }

        return routeValues["channel_id"] is string channelId
            && ChannelRoutes.Snowflake(channelId) is { } id
            && state.Channels.Resolve(id) is { GuildId: not null }
            ? DiscordErrors.MissingAccess()
            : null;
    }
}

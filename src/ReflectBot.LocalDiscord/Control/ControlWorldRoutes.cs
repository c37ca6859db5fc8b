using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>
/// Control API for a client drawn on top of the server (the playground): the seeded world, and a long-poll that
/// wakes when any message was created, edited or deleted.
/// </summary>
internal static class ControlWorldRoutes
{
    public static void Map(RouteGroupBuilder control, ServerState state)
    {
        control.MapGet("/world", () => ControlHttp.Json(Describe(state.World)));
        control.MapGet("/messages/changes", async (long? since, int? timeoutMs, CancellationToken cancellationToken) =>
        {
            var seen = since ?? 0;
            await state.Messages.Changed.WaitUntilAsync(() => state.Messages.Changed.Version != seen, ControlHttp.Timeout(timeoutMs), cancellationToken);
            return ControlHttp.Json(new MessageChanges(state.Messages.Changed.Version));
        });
    }

    private static WorldDescription Describe(LocalWorld world)
    {
        WorldUserInfo Person(WorldUser user) =>
            new(user.Id, user.GlobalName, user.DmChannelId, user.Id == world.Moderator.Id, user.IsBot, user.AcceptsDms);
        return new WorldDescription(
            new WorldGuildInfo(world.Guild.Id, world.Guild.Name),
            Person(world.BotUser),
            // The people a client plays: a member, a moderator, and a member who does not accept DMs.
            [Person(world.Member), Person(world.Moderator), Person(world.MemberWithClosedDms)],
            [.. world.Channels.OrderBy(c => c.Position).Select(c => new WorldChannelInfo(c.Id, c.Name, c.Type, c.Nsfw, c.Topic))],
            [.. world.Roles.Select(r => new WorldRoleInfo(r.Id, r.Name))]);
    }
}

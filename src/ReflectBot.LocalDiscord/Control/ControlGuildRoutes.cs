using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.Gateway;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>
/// Control API: the bot's standing in the seeded guild. Remove it (GUILD_DELETE without <c>unavailable</c>)
/// and add it back (GUILD_CREATE); or start an outage (GUILD_DELETE with <c>unavailable: true</c>) and end it.
/// </summary>
internal static class ControlGuildRoutes
{
    public static void Map(RouteGroupBuilder control, ServerState state)
    {
        control.MapPost("/guild/remove-bot", () => Move(state, GuildPresence.Member, GuildPresence.Removed,
            "The bot is not a member of an available guild.", () => GuildDelete(state, unavailable: false)));
        control.MapPost("/guild/add-bot", () => Move(state, GuildPresence.Removed, GuildPresence.Member,
            "The bot is already in the guild.", () => GuildCreate(state)));
        control.MapPost("/faults/guild-outage", () => Move(state, GuildPresence.Member, GuildPresence.Unavailable,
            "The guild is not available to the bot (removed or already in an outage).", () => GuildDelete(state, unavailable: true)));
        control.MapPost("/faults/guild-outage/end", () => Move(state, GuildPresence.Unavailable, GuildPresence.Member,
            "There is no guild outage to end.", () => GuildCreate(state)));
    }

    private static IResult Move(ServerState state, GuildPresence from, GuildPresence to, string refusal, Func<(string Event, JsonObject Data)> dispatch)
    {
        if (!state.Membership.TryMove(from, to))
        {
            return ControlHttp.Error(refusal, StatusCodes.Status409Conflict);
        }

        var (eventName, data) = dispatch();
        var sequence = state.Sessions.Current is { IsInvalidated: false } session && (session.Intents & GatewayMessageHandler.GuildsIntent) != 0
            ? session.Dispatch(eventName, data)
            : (int?)null;
        return ControlHttp.Json(new GuildEventSent(eventName, sequence));
    }

    private static (string, JsonObject) GuildDelete(ServerState state, bool unavailable) =>
        ("GUILD_DELETE", GatewayPayloads.GuildStub(state, unavailable));

    private static (string, JsonObject) GuildCreate(ServerState state) =>
        ("GUILD_CREATE", WorldJson.Guild(state.World, state.StartedAt));
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Bulk overwrite and read of global and guild application commands.</summary>
internal static class CommandRoutes
{
    public static void Map(RouteGroupBuilder api, ServerState state)
    {
        api.Route("GET", "/applications/{application_id}/commands", (string application_id) =>
            Scope(state, application_id, null, out var scope) ?? Results.Json(state.Commands.Get(scope)));
        api.Route("PUT", "/applications/{application_id}/commands", (HttpRequest request, string application_id) =>
            OverwriteAsync(request, state, application_id, null));
        api.Route("GET", "/applications/{application_id}/guilds/{guild_id}/commands", (string application_id, string guild_id) =>
            Scope(state, application_id, guild_id, out var scope) ?? Results.Json(state.Commands.Get(scope)), major: "guild_id");
        api.Route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", (HttpRequest request, string application_id, string guild_id) =>
            OverwriteAsync(request, state, application_id, guild_id), major: "guild_id");
    }

    private static async Task<IResult> OverwriteAsync(HttpRequest request, ServerState state, string applicationId, string? guildId)
    {
        if (Scope(state, applicationId, guildId, out var scope) is { } refusal)
        {
            return refusal;
        }

        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        var errors = new FormErrors();
        if (body!.Json is not JsonArray commands)
        {
            errors.Add(string.Empty, "BASE_TYPE_ARRAY", "Must be an array.");
            return DiscordErrors.InvalidFormBody(errors);
        }

        CommandValidator.Validate(commands, errors);
        if (errors.Any)
        {
            return DiscordErrors.InvalidFormBody(errors);
        }

        var previous = state.Commands.Get(scope).OfType<JsonObject>().ToList();
        var stored = new JsonArray([.. commands.OfType<JsonObject>().Select(c => (JsonNode)Store(state, c, scope, previous))]);
        state.Commands.Replace(scope, stored, body.Json);
        return Results.Json(stored);
    }

    private static JsonObject Store(ServerState state, JsonObject command, ulong scope, List<JsonObject> previous)
    {
        var type = JsonRead.Integer(command["type"]) ?? CommandValidator.ChatInput;
        var name = JsonRead.String(command["name"]);
        // Overwriting keeps the id of a command with the same name and type, as Discord does.
        var existingId = previous.FirstOrDefault(p => JsonRead.String(p["name"]) == name && (JsonRead.Integer(p["type"]) ?? 1) == type)?["id"];
        var json = new JsonObject
        {
            ["id"] = existingId?.DeepClone() ?? WorldJson.Id(state.Ids.Next()),
            ["application_id"] = WorldJson.Id(state.World.ApplicationId),
            ["version"] = WorldJson.Id(state.Ids.Next()),
            ["default_member_permissions"] = command["default_member_permissions"]?.DeepClone(),
            ["type"] = type,
            ["name"] = name,
            ["name_localizations"] = command["name_localizations"]?.DeepClone(),
            ["description"] = JsonRead.String(command["description"]) ?? string.Empty,
            ["description_localizations"] = command["description_localizations"]?.DeepClone(),
            ["nsfw"] = JsonRead.Boolean(command["nsfw"]) ?? false,
            ["contexts"] = command["contexts"]?.DeepClone(),
            ["integration_types"] = command["integration_types"]?.DeepClone() ?? new JsonArray(0),
        };
        if (command["options"] is JsonArray options)
        {
            json["options"] = options.DeepClone();
        }

        if (scope != 0)
        {
            json["guild_id"] = WorldJson.Id(scope);
        }

        return json;
    }

    /// <summary>0 for global commands, else the guild; refuses another application or a guild the bot is not in.</summary>
    private static IResult? Scope(ServerState state, string applicationId, string? guildId, out ulong scope)
    {
        scope = 0;
        if (ChannelRoutes.Snowflake(applicationId) != state.World.ApplicationId)
        {
            return DiscordErrors.MissingAccess();
        }

        if (guildId is null)
        {
            return null;
        }

        if (ChannelRoutes.Snowflake(guildId) is not { } guild)
        {
            return DiscordErrors.UnknownGuild();
        }

        scope = guild;
        return guild == state.World.Guild.Id ? null : DiscordErrors.MissingAccess();
    }
}

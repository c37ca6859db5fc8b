using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Where a message is being written and on whose behalf.</summary>
internal sealed record MessageContext
{
    public required ResolvedChannel Channel { get; init; }

    /// <summary>Set for interaction responses and follow-ups: they carry interaction metadata and may be ephemeral.</summary>
    public InteractionRecord? Interaction { get; init; }

    public int Type { get; init; }
}

/// <summary>Turns a validated request body into a stored message in Discord's shape, or into Discord's error.</summary>
internal static class MessageBuilder
{
    private const long Ephemeral = 1 << 6;
    private const long Loading = 1 << 7;
    private const long ChannelMessageFlags = (1 << 2) | (1 << 12) | MessageValidator.ComponentsV2Flag;

    public static (StoredMessage? Message, IResult? Error) Create(ServerState state, MessageContext context, JsonNode? body,
        IReadOnlyList<UploadedFile> files, long extraFlags = 0)
    {
        var payload = body ?? new JsonObject();
        if (payload is not JsonObject request)
        {
            return (null, NotAnObject());
        }

        var errors = new FormErrors();
        MessageValidator.Validate(request, errors);
        MentionEvaluator.Validate(request["allowed_mentions"], errors);
        var attachments = Attachments(state, request["attachments"] as JsonArray, [], files, errors);
        if (errors.Any)
        {
            return (null, DiscordErrors.InvalidFormBody(errors));
        }

        var allowedFlags = context.Interaction is null ? ChannelMessageFlags : ChannelMessageFlags | Ephemeral;
        var flags = ((JsonRead.Integer(request["flags"]) ?? 0) & allowedFlags) | extraFlags;
        var id = state.Ids.Next();
        var json = new JsonObject
        {
            ["id"] = WorldJson.Id(id),
            ["type"] = context.Type,
            ["channel_id"] = WorldJson.Id(context.Channel.Id),
            ["author"] = WorldJson.User(state.World.BotUser),
            ["content"] = JsonRead.String(request["content"]) ?? string.Empty,
            ["timestamp"] = WorldJson.Timestamp(state.Time.GetUtcNow()),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["embeds"] = request["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = request["components"]?.DeepClone() ?? new JsonArray(),
            ["attachments"] = attachments,
            ["pinned"] = false,
            ["flags"] = flags,
        };
        if (context.Channel.GuildId is { } guildId)
        {
            json["guild_id"] = WorldJson.Id(guildId);
        }

        if (request["nonce"] is { } nonce)
        {
            json["nonce"] = nonce.DeepClone();
        }

        if (context.Interaction is { } interaction)
        {
            json["webhook_id"] = WorldJson.Id(state.World.ApplicationId);
            json["application_id"] = WorldJson.Id(state.World.ApplicationId);
            json["interaction_metadata"] = new JsonObject
            {
                ["id"] = WorldJson.Id(interaction.Id),
                ["type"] = interaction.Type,
                ["user"] = WorldJson.User(state.World.FindUser(interaction.UserId)!),
                ["authorizing_integration_owners"] = interaction.Payload["authorizing_integration_owners"]?.DeepClone(),
            };
        }

        if ((flags & Loading) == 0 && MessageValidator.IsEmpty(json))
        {
            return (null, DiscordErrors.EmptyMessage());
        }

        var allowedMentions = request["allowed_mentions"]?.DeepClone();
        var pings = MentionEvaluator.Evaluate(state.World, context.Channel, JsonRead.String(json["content"]), allowedMentions);
        ApplyMentions(state.World, json, pings);
        return (new StoredMessage
        {
            Id = id,
            ChannelId = context.Channel.Id,
            Json = json,
            AllowedMentions = allowedMentions,
            Pings = pings,
            InteractionId = context.Interaction?.Id,
            Ephemeral = (flags & Ephemeral) != 0,
        }, null);
    }

    public static (StoredMessage? Message, IResult? Error) Edit(ServerState state, StoredMessage current, ResolvedChannel channel,
        JsonNode? body, IReadOnlyList<UploadedFile> files)
    {
        if ((body ?? new JsonObject()) is not JsonObject request)
        {
            return (null, NotAnObject());
        }

        var errors = new FormErrors();
        MessageValidator.Validate(request, errors);
        MentionEvaluator.Validate(request["allowed_mentions"], errors);
        var json = (JsonObject)current.Json.DeepClone();
        var kept = request["attachments"] is JsonArray listed
            ? [.. (json["attachments"] as JsonArray ?? []).OfType<JsonObject>().Where(a => listed.OfType<JsonObject>().Any(l => JsonRead.Snowflake(l["id"]) == JsonRead.Snowflake(a["id"])))]
            : (json["attachments"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var attachments = Attachments(state, request["attachments"] as JsonArray, kept, files, errors);
        if (errors.Any)
        {
            return (null, DiscordErrors.InvalidFormBody(errors));
        }

        foreach (var field in new[] { "content", "embeds", "components" })
        {
            if (request.ContainsKey(field))
            {
                json[field] = request[field]?.DeepClone() ?? (field == "content" ? string.Empty : new JsonArray());
            }
        }

        json["attachments"] = attachments;
        var flags = JsonRead.Integer(json["flags"]) ?? 0;
        if (JsonRead.Integer(request["flags"]) is { } requested)
        {
            flags = (flags & ~ChannelMessageFlags) | (requested & ChannelMessageFlags);
        }

        // An edit of a deferred response is its real content: the loading state ends.
        json["flags"] = flags & ~Loading;
        json["edited_timestamp"] = WorldJson.Timestamp(state.Time.GetUtcNow());
        if (MessageValidator.IsEmpty(json))
        {
            return (null, DiscordErrors.EmptyMessage());
        }

        var allowedMentions = request.ContainsKey("allowed_mentions") ? request["allowed_mentions"]?.DeepClone() : current.AllowedMentions?.DeepClone();
        var pings = MentionEvaluator.Evaluate(state.World, channel, JsonRead.String(json["content"]), allowedMentions);
        ApplyMentions(state.World, json, pings);
        return (current with { Json = json, AllowedMentions = allowedMentions, Pings = pings }, null);
    }

    private static JsonArray Attachments(ServerState state, JsonArray? described, List<JsonObject> kept, IReadOnlyList<UploadedFile> files, FormErrors errors)
    {
        var result = new JsonArray([.. kept.Select(a => (JsonNode)a.DeepClone())]);
        if (files.Count > 10)
        {
            errors.Add("files", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }

        foreach (var file in files.OrderBy(f => f.Index))
        {
            var description = described?.OfType<JsonObject>().FirstOrDefault(d => JsonRead.Integer(d["id"]) == file.Index
                || JsonRead.String(d["id"]) == file.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var id = state.Ids.Next();
            var filename = JsonRead.String(description?["filename"]) ?? file.Filename;
            state.Messages.AddAttachment(new StoredAttachment(id, filename, file.ContentType, file.Content));
            var url = new Uri(state.BaseAddress, $"_local/attachments/{WorldJson.Id(id)}").ToString();
            var attachment = new JsonObject
            {
                ["id"] = WorldJson.Id(id),
                ["filename"] = filename,
                ["size"] = file.Content.Length,
                ["url"] = url,
                ["proxy_url"] = url,
                ["content_type"] = file.ContentType,
            };
            if (JsonRead.String(description?["description"]) is { } text)
            {
                attachment["description"] = text;
            }

            result.Add(attachment);
        }

        return result;
    }

    private static void ApplyMentions(LocalWorld world, JsonObject json, MentionResult pings)
    {
        json["mention_everyone"] = pings.MentionsEveryone;
        json["mentions"] = new JsonArray([.. pings.UserIds.Select(id => (JsonNode)WorldJson.User(world.FindUser(id)!))]);
        json["mention_roles"] = new JsonArray([.. pings.RoleIds.Select(id => (JsonNode)WorldJson.Id(id))]);
    }

    private static IResult NotAnObject()
    {
        var errors = new FormErrors();
        errors.Add(string.Empty, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
        return DiscordErrors.InvalidFormBody(errors);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>
/// Who a message would ping: the mentions in its content filtered through allowed_mentions, the way Discord does.
/// Without allowed_mentions everything mentioned pings; with it, only what "parse" or the id lists allow.
/// </summary>
internal static partial class MentionEvaluator
{
    private static readonly string[] ParseValues = ["users", "roles", "everyone"];

    public static void Validate(JsonNode? allowedMentions, FormErrors errors)
    {
        if (allowedMentions is null)
        {
            return;
        }

        if (allowedMentions is not JsonObject allowed)
        {
            errors.Add("allowed_mentions", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return;
        }

        var parse = Strings(allowed["parse"]);
        foreach (var value in parse.Where(p => !ParseValues.Contains(p)))
        {
            errors.Add("allowed_mentions.parse", "ENUM_TYPE_COERCE", $"Value \"{value}\" is not a valid enum value.");
        }

        foreach (var kind in new[] { "users", "roles" })
        {
            var ids = allowed[kind] as JsonArray;
            errors.MaxItems($"allowed_mentions.{kind}", ids, 100);
            if (parse.Contains(kind) && ids is { Count: > 0 })
            {
                errors.Add("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    $"parse:[\"{kind}\"] and {kind}: [ids...] are mutually exclusive.");
            }
        }
    }

    public static MentionResult Evaluate(LocalWorld world, ResolvedChannel channel, string? content, JsonNode? allowedMentions)
    {
        if (string.IsNullOrEmpty(content))
        {
            return MentionResult.None;
        }

        var allowed = allowedMentions as JsonObject;
        var parse = allowed is null ? [.. ParseValues] : Strings(allowed["parse"]);
        var allowedUsers = allowed is null ? [] : Ids(allowed["users"]);
        var allowedRoles = allowed is null ? [] : Ids(allowed["roles"]);

        // @everyone and @here mean nothing outside a guild.
        var everyone = channel.GuildId is not null && EveryoneMention().IsMatch(content) && parse.Contains("everyone");
        var users = UserMention().Matches(content)
            .Select(m => ulong.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Where(id => world.FindUser(id) is not null && (parse.Contains("users") || allowedUsers.Contains(id)))
            .Distinct()
            .ToList();
        var roles = RoleMention().Matches(content)
            .Select(m => ulong.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Where(id => channel.GuildId is not null && id != world.EveryoneRole.Id && world.FindRole(id) is not null
                && (parse.Contains("roles") || allowedRoles.Contains(id)))
            .Distinct()
            .ToList();
        return new MentionResult(everyone, users, roles);
    }

    private static HashSet<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(JsonRead.String).OfType<string>()] : [];

    private static HashSet<ulong> Ids(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(JsonRead.Snowflake).OfType<ulong>()] : [];

    [GeneratedRegex("@(everyone|here)")]
    private static partial Regex EveryoneMention();

    [GeneratedRegex("<@!?([0-9]{1,20})>")]
    private static partial Regex UserMention();

    [GeneratedRegex("<@&([0-9]{1,20})>")]
    private static partial Regex RoleMention();
}

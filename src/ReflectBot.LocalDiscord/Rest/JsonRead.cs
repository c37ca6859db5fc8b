using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Tolerant readers for request JSON: a wrong type yields null (and a form error where the caller wants one).</summary>
internal static class JsonRead
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static long? Integer(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number) ? number : null;

    public static bool? Boolean(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    /// <summary>A snowflake sent as a string (as Discord asks) or as a number (which Discord also accepts).</summary>
    public static ulong? Snowflake(JsonNode? node) =>
        String(node) is { } text && ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<ulong>(out var number) ? number : null;

    public static bool IsPresent(JsonObject json, string name) => json.ContainsKey(name) && json[name] is not null;

    /// <summary>Reads an optional string field, recording a type error when it is something else.</summary>
    public static string? OptionalString(JsonObject json, string name, string path, FormErrors errors)
    {
        var node = json[name];
        if (node is null)
        {
            return null;
        }

        var text = String(node);
        if (text is null)
        {
            errors.Add(path, "BASE_TYPE_STRING", "Must be a string.");
        }

        return text;
    }
}

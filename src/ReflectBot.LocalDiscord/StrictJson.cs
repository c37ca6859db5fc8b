using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord;

/// <summary>
/// Parses client JSON up front and refuses duplicate property names, which JsonObject would otherwise
/// only trip over later, deep inside a handler.
/// </summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <exception cref="JsonException">The text is not valid JSON or repeats a property name.</exception>
    public static JsonNode? Parse(string text) => JsonNode.Parse(text, documentOptions: Options);
}

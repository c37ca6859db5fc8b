using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReflectBot.Discord.Models;

/// <summary>Reads permissions from a decimal string (or a number) and writes them as a string.</summary>
public sealed class PermissionsJsonConverter : JsonConverter<Permissions>
{
    public override Permissions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var bits))
        {
            return (Permissions)bits;
        }

        if (reader.TokenType == JsonTokenType.String && PermissionsParser.TryParse(reader.GetString(), out var permissions))
        {
            return permissions;
        }

        throw new JsonException("Expected permissions as a decimal string.");
    }

    public override void Write(Utf8JsonWriter writer, Permissions value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToDiscordString());
}

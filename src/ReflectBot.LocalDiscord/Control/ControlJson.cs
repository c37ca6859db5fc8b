using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>The control API speaks like Discord: snake_case names, ids as strings.</summary>
public static class ControlJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new SnowflakeConverter() },
    };

    private sealed class SnowflakeConverter : JsonConverter<ulong>
    {
        public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
            {
                return number;
            }

            return reader.TokenType == JsonTokenType.String
                && ulong.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new JsonException("Expected a snowflake id.");
        }

        public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReflectBot.Discord.Models;

/// <summary>A Discord id: a 64-bit number that travels as a JSON string.</summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value) : IComparable<Snowflake>
{
    private const long DiscordEpochMilliseconds = 1420070400000;

    /// <summary>When Discord created the object this id names.</summary>
    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMilliseconds);

    /// <summary>The smallest id Discord could have given at <paramref name="time"/>: a bound for "after" queries.</summary>
    public static Snowflake FromTime(DateTimeOffset time)
        => new((ulong)Math.Max(0, time.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds) << 22);

    public static Snowflake Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out Snowflake snowflake)
    {
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            snowflake = new Snowflake(value);
            return true;
        }

        snowflake = default;
        return false;
    }

    public int CompareTo(Snowflake other) => Value.CompareTo(other.Value);

    public static bool operator <(Snowflake left, Snowflake right) => left.Value < right.Value;

    public static bool operator <=(Snowflake left, Snowflake right) => left.Value <= right.Value;

    public static bool operator >(Snowflake left, Snowflake right) => left.Value > right.Value;

    public static bool operator >=(Snowflake left, Snowflake right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Reads a snowflake from a JSON string (or, leniently, a number) and writes it as a string.</summary>
public sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return new Snowflake(number);
        }

        if (reader.TokenType == JsonTokenType.String && Snowflake.TryParse(reader.GetString(), out var snowflake))
        {
            return snowflake;
        }

        throw new JsonException("Expected a snowflake id as a string of digits.");
    }

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());

    // Resolved data arrives as objects keyed by id, so snowflakes must also work as dictionary keys.
    public override Snowflake ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Snowflake.TryParse(reader.GetString(), out var snowflake)
            ? snowflake
            : throw new JsonException("Expected a snowflake id as a property name.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options)
        => writer.WritePropertyName(value.ToString());
}

using System.Globalization;
using System.Text.Json;

namespace ReflectBot.Discord.Models;

/// <summary>An option the user filled in; subcommands and groups nest their own options.</summary>
public sealed record InteractionDataOption
{
    public required string Name { get; init; }
    public required ApplicationCommandOptionType Type { get; init; }
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public bool? Focused { get; init; }

    public string? AsString()
        => Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : Value?.ToString();

    public long? AsInt64()
        => Value switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) => number,
            // Autocomplete sends what the user has typed so far, which for an integer option is a string.
            { ValueKind: JsonValueKind.String } value when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

    public double? AsDouble()
        => Value switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetDouble(out var number) => number,
            { ValueKind: JsonValueKind.String } value when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

    public bool? AsBoolean()
        => Value switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => null,
        };

    public Snowflake? AsSnowflake()
        => Snowflake.TryParse(AsString(), out var id) ? id : null;
}

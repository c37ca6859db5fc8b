using System.Text.Json;

namespace ReflectBot.Discord.Models;

/// <summary>A fixed or autocompleted choice; the value is a string, an integer or a number as the option's type says.</summary>
public sealed record ApplicationCommandOptionChoice
{
    public required string Name { get; init; }
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public required JsonElement Value { get; init; }

    public static ApplicationCommandOptionChoice String(string name, string value)
        => new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String) };

    public static ApplicationCommandOptionChoice Integer(string name, long value)
        => new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64) };

    public static ApplicationCommandOptionChoice Number(string name, double value)
        => new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double) };
}

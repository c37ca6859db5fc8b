using System.Text.Json;

namespace ReflectBot.Discord.Models;

/// <summary>Discord's JSON error body: a numeric code, a message and, for form errors, nested field errors.</summary>
public sealed record DiscordError
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public JsonElement? Errors { get; init; }
}

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>
/// Endpoint metadata: the route template (the rate-limit key), whether it needs the bot token,
/// whether it counts against the global limit, and which route value is its major parameter.
/// </summary>
internal sealed record DiscordRoute(string Template, bool BotAuth, bool CountsGlobally, string? MajorParameter);

using System.ComponentModel.DataAnnotations;
using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord;

/// <summary>Settings shared by the REST and gateway clients.</summary>
public sealed class DiscordClientOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token. Never logged.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Token { get; set; } = "";

    /// <summary>Base address of the REST API, ending in a slash.</summary>
    [Required]
    public Uri ApiBaseAddress { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Gateway intents sent with Identify. Interactions need none; Guilds tells of joins and leaves.</summary>
    public GatewayIntents Intents { get; set; } = GatewayIntents.Guilds;

    /// <summary>How many dispatches may wait for handlers before the receive loop waits in turn.</summary>
    [Range(16, 100_000)]
    public int DispatchQueueCapacity { get; set; } = 1024;

    /// <summary>Requests per second the whole bot may make (Discord's global limit).</summary>
    [Range(1, 1000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Invalid requests (401, 403, 429) allowed in ten minutes before the client holds requests back.
    /// Discord bans an IP at 10,000; we stop far below it.
    /// </summary>
    [Range(10, 9_000)]
    public int InvalidRequestBudget { get; set; } = 2_500;
}

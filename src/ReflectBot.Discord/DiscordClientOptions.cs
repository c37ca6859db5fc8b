using System.ComponentModel.DataAnnotations;
using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord;

/// <summary>Settings shared by the REST and gateway clients.</summary>
public sealed class DiscordClientOptions : IValidatableObject
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
    /// How much wider than a second the client's global window is. Requests on their way arrive with some jitter, so
    /// the N + 1st request waits this much longer than a second after the first, and never lands in Discord's count of
    /// the same second; 20 ms costs 2 % of the global rate.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:00.500")]
    public TimeSpan GlobalWindowMargin { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Added to every wait a 429 asks for (its retry_after, and a global pause), so a timer that fires a little early
    /// or a clock a little behind Discord's never sends the retry while the limit still holds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:01")]
    public TimeSpan RateLimitMargin { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Slots of each second that background requests leave to interactive ones while interactive traffic is recent
    /// (see <see cref="Rest.RateLimits.DiscordRequestPriority"/>); from 0 to <see cref="GlobalRequestsPerSecond"/> - 1.
    /// </summary>
    [Range(0, 999)]
    public int InteractiveReservePerSecond { get; set; } = 5;

    /// <summary>
    /// Invalid requests (401, 403, 429) allowed in ten minutes before the client holds requests back.
    /// Discord bans an IP at 10,000; we stop far below it.
    /// </summary>
    [Range(10, 9_000)]
    public int InvalidRequestBudget { get; set; } = 2_500;

    /// <summary>The bot's web page, sent in the User-Agent "DiscordBot (url, version)" that Discord requires.</summary>
    [Required(AllowEmptyStrings = false)]
    public string UserAgentUrl { get; set; } = "https://github.com/reflectbot/reflectbot";

    /// <summary>How long one REST attempt may take before it counts as a network failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RestRequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after 502/503/504 or a network failure, for requests that are safe to repeat.</summary>
    [Range(0, 10)]
    public int MaxRestRetries { get; set; } = 3;

    /// <summary>How many 429 answers one call waits out before it gives up.</summary>
    [Range(0, 20)]
    public int MaxRateLimitRetries { get; set; } = 5;

    /// <summary>A 429 asking for a longer wait than this fails the call instead of blocking it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InteractiveReservePerSecond >= GlobalRequestsPerSecond)
        {
            yield return new ValidationResult(
                $"{nameof(InteractiveReservePerSecond)} must be smaller than {nameof(GlobalRequestsPerSecond)} ({GlobalRequestsPerSecond}); it is {InteractiveReservePerSecond}.",
                [nameof(InteractiveReservePerSecond)]);
        }
    }
}

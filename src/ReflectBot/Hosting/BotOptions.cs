using System.ComponentModel.DataAnnotations;

namespace ReflectBot.Hosting;

/// <summary>How the bot behaves as a Discord application, beyond the client's own settings.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>How many interactions may be handled at the same time.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentInteractions { get; set; } = 256;

    /// <summary>
    /// When a handler has not answered by then, the bot acknowledges the interaction for it,
    /// so Discord's three-second deadline is never missed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.800")]
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromSeconds(2);
}

using System.ComponentModel.DataAnnotations;

namespace ReflectBot.Hosting;

/// <summary>How much one person may ask of the bot per minute, so nobody can use it up for everyone else.</summary>
public sealed class UserLimitsOptions
{
    public const string SectionName = "UserLimits";

    /// <summary>Slash commands one person may run in any sliding minute.</summary>
    [Range(1, 10_000)]
    public int CommandsPerMinute { get; set; } = 20;

    /// <summary>Button clicks, menu choices and form submits one person may send in any sliding minute (the quiz is answered by clicks).</summary>
    [Range(1, 10_000)]
    public int ClicksPerMinute { get; set; } = 60;

    /// <summary>Autocomplete requests one person may send in any sliding minute (one per key typed).</summary>
    [Range(1, 10_000)]
    public int SuggestionsPerMinute { get; set; } = 120;
}

using System.Collections.Frozen;

namespace ReflectBot.Data.Checkins;

/// <summary>
/// The current prompt cycle of a person or server and the prompt ids already used in it;
/// cycle 0 with nothing used when no prompt was ever given.
/// </summary>
public sealed record PromptCycle(int Cycle, IReadOnlySet<string> Used)
{
    /// <summary>No prompt given yet.</summary>
    public static PromptCycle None { get; } = new(0, FrozenSet<string>.Empty);
}

namespace ReflectBot.Core.Reflection;

/// <summary>
/// Chooses the next reflection prompt: never one already used in the current cycle, and with prompts that
/// speak to the person's pattern weighted up, so the pool is used up before any prompt comes back.
/// </summary>
public static class PromptPicker
{
    /// <summary>How much more likely a prompt tagged with the preferred pattern is than any other.</summary>
    public const int PreferredWeight = 3;

    /// <summary>
    /// Picks from <paramref name="pool"/> minus <paramref name="usedThisCycle"/> (prompt ids); when nothing is
    /// left, a new cycle starts from the whole pool. Candidates are ordered by id, so a seeded random gives the
    /// same pick whatever order the pool arrives in.
    /// </summary>
    public static PromptPick Pick(
        IReadOnlyCollection<ReflectionPrompt> pool,
        IReadOnlySet<string> usedThisCycle,
        string? preferredPattern,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(usedThisCycle);
        ArgumentNullException.ThrowIfNull(random);
        if (pool is null || pool.Count == 0)
        {
            throw new ArgumentException("There must be at least one prompt to pick from.", nameof(pool));
        }

        var ordered = pool.OrderBy(prompt => prompt.Id, StringComparer.Ordinal).ToList();
        var candidates = ordered.Where(prompt => !usedThisCycle.Contains(prompt.Id)).ToList();
        var startsNewCycle = candidates.Count == 0;
        if (startsNewCycle)
        {
            candidates = ordered;
        }

        var weights = candidates.Select(prompt => WeightOf(prompt, preferredPattern)).ToList();
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < candidates.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return new PromptPick(candidates[i], startsNewCycle);
            }
        }

        throw new InvalidOperationException("The weighted roll fell outside the candidates.");
    }

    private static int WeightOf(ReflectionPrompt prompt, string? preferredPattern) =>
        preferredPattern is not null && prompt.Patterns.Contains(preferredPattern, StringComparer.Ordinal) ? PreferredWeight : 1;
}

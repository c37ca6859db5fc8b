namespace ReflectBot.Data.Checkins;

/// <summary>Builds a <see cref="PromptCycle"/> from the history rows of one cycle.</summary>
internal static class PromptCycles
{
    public static PromptCycle From(IEnumerable<(long Cycle, string PromptId)> rows)
    {
        var cycle = 0L;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            cycle = row.Cycle;
            used.Add(row.PromptId);
        }

        return used.Count == 0 ? PromptCycle.None : new PromptCycle(checked((int)cycle), used);
    }
}

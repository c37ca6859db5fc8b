using System.Globalization;

namespace ReflectBot.Commands.Privacy;

/// <summary>
/// The one place that turns table names into plain words for people, so a deletion reads "12 moods and
/// reflections, 2 quiz results" rather than a list of tables. A table not named here is still counted.
/// </summary>
public static class StoredDataWords
{
    private static readonly (string Table, string One, string Many)[] Names =
    [
        ("checkin_entries", "mood or reflection", "moods and reflections"),
        ("quiz_results", "quiz result", "quiz results"),
        ("quiz_sessions", "quiz attempt", "quiz attempts"),
        ("quiz_shares", "shared quiz result", "shared quiz results"),
        ("safety_plans", "safety plan", "safety plans"),
        ("grounding_sessions", "grounding exercise", "grounding exercises"),
        ("checkin_subscriptions", "check-in setting", "check-in settings"),
        ("checkin_deliveries", "record of a check-in message", "records of check-in messages"),
        ("user_prompt_history", "record of a prompt you were shown", "records of prompts you were shown"),
        ("users", "profile record", "profile records"),
    ];

    /// <summary>"12 moods and reflections, 2 quiz results and 1 safety plan": named tables first, in a fixed order, then any others together.</summary>
    public static string Describe(IReadOnlyDictionary<string, int> rowsByTable)
    {
        ArgumentNullException.ThrowIfNull(rowsByTable);
        var parts = new List<string>();
        foreach (var (table, one, many) in Names)
        {
            if (rowsByTable.TryGetValue(table, out var count) && count > 0)
            {
                parts.Add(Count(count, one, many));
            }
        }

        var others = rowsByTable.Where(pair => !Names.Any(name => name.Table == pair.Key)).Sum(pair => pair.Value);
        if (others > 0)
        {
            parts.Add(Count(others, "other stored record", "other stored records"));
        }

        return parts.Count switch
        {
            0 => "nothing",
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
    }

    private static string Count(int count, string one, string many)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}

namespace ReflectBot.Core.Safety;

/// <summary>
/// The one placeholder a crisis phrase may hold: <c>{person}</c>, which stands for any word in <see cref="People"/>, so
/// "{person} hits me" covers "he hits me" and "my stepdad hits me" without listing every combination.
/// </summary>
public static class CrisisSlots
{
    public const string Person = "{person}";

    /// <summary>The words <see cref="Person"/> stands for: pronouns, partners, family and their slang.</summary>
    public static IReadOnlyList<string> People { get; } =
    [
        "he", "she", "they", "husband", "wife", "partner", "boyfriend", "girlfriend", "dad", "mom", "mum", "father", "mother",
        "brother", "sister", "stepdad", "stepmom", "stepmum", "ex", "parents", "bf", "gf",
    ];

    /// <summary>Every phrase <paramref name="phrase"/> stands for: itself when it holds no placeholder.</summary>
    public static IEnumerable<string> Expand(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return phrase.Contains(Person, StringComparison.Ordinal)
            ? People.Select(person => phrase.Replace(Person, $" {person} ", StringComparison.Ordinal))
            : [phrase];
    }

    /// <summary>Why <paramref name="phrase"/> holds a brace that is not <see cref="Person"/>; null when it holds none.</summary>
    public static string? CheckBraces(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var rest = phrase.Replace(Person, " ", StringComparison.Ordinal);
        return rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal)
            ? $"holds a placeholder other than {Person}, the only one there is"
            : null;
    }
}

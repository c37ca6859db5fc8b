using System.Text;

namespace ReflectBot.Core.Safety;

/// <summary>
/// Turns text into the words crisis phrases are matched on: NFKC, lower case, apostrophes dropped
/// ("don't" and "dont" are one word), invisible format characters (soft hyphen, zero-width space) dropped too,
/// and every run of other characters that are not letters or digits a word break.
/// </summary>
public static class CrisisText
{
    /// <summary>The words of <paramref name="text"/>, in order; empty when it holds no letters or digits.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var words = new List<string>();
        var word = new StringBuilder();
        Span<char> lowered = stackalloc char[2];
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsApostrophe(rune) || IsInvisibleFormat(rune))
            {
                continue;
            }

            if (IsWordPart(rune))
            {
                word.Append(lowered[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lowered)]);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    // Straight, curly and modifier apostrophes, and the accents people type in their place.
    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' or '\u2032';

    // Soft hyphens, zero-width spaces and joiners and the like are invisible, so they must not split a word in two.
    private static bool IsInvisibleFormat(Rune rune) => Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format;

    private static bool IsWordPart(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}

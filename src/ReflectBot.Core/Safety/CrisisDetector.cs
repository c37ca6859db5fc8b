using ReflectBot.Core.Content;

namespace ReflectBot.Core.Safety;

/// <summary>
/// Finds crisis phrases in free text. The phrases are compiled once into a tree of words, so a check walks the
/// text's words once (at most <see cref="CrisisLimits.MaxPhraseWords"/> deep from each) whatever the number of phrases.
/// A phrase may hold the placeholder <see cref="CrisisSlots.Person"/>; it is expanded here, once.
/// It never logs, keeps or returns the text.
/// </summary>
public sealed class CrisisDetector
{
    private readonly PhraseNode _root = new();
    private readonly CrisisMatch[] _categories;

    public CrisisDetector(IEnumerable<CrisisCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var matches = new List<CrisisMatch>();
        foreach (var category in categories)
        {
            var index = matches.Count;
            matches.Add(new CrisisMatch(category.Id, category.Label));
            foreach (var phrase in category.Phrases)
            {
                foreach (var expanded in CrisisSlots.Expand(phrase))
                {
                    Add(expanded, node => node.Phrases.Add(index));
                }
            }

            foreach (var phrase in category.SafePhrases)
            {
                foreach (var expanded in CrisisSlots.Expand(phrase))
                {
                    Add(expanded, node => node.SafePhrases.Add(index));
                }
            }
        }

        _categories = [.. matches];
    }

    /// <summary>The detector for the crisis lists in <paramref name="catalog"/>, in file-name order.</summary>
    public static CrisisDetector From(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CrisisDetector(catalog.All<CrisisCategory>().Values.OrderBy(category => category.Id, StringComparer.Ordinal));
    }

    /// <summary>
    /// The first crisis phrase in <paramref name="text"/>, as whole words and not inside one of its category's safe
    /// phrases; null when there is none. When several match, the one that starts earliest wins.
    /// </summary>
    public CrisisMatch? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = CrisisText.Words(text);
        List<(int Start, int End, int Category)>? hits = null;
        List<(int Start, int End, int Category)>? safe = null;
        for (var start = 0; start < words.Count; start++)
        {
            var node = _root;
            for (var end = start; end < words.Count && node.Next.TryGetValue(words[end], out var next); end++)
            {
                node = next;
                foreach (var category in node.Phrases)
                {
                    (hits ??= []).Add((start, end + 1, category));
                }

                foreach (var category in node.SafePhrases)
                {
                    (safe ??= []).Add((start, end + 1, category));
                }
            }
        }

        if (hits is null)
        {
            return null;
        }

        // Hits come in order of where they start; a safe phrase may start before a hit and end after it, so look only now.
        foreach (var hit in hits)
        {
            var insideSafe = safe?.Exists(s => s.Category == hit.Category && s.Start <= hit.Start && hit.End <= s.End) ?? false;
            if (!insideSafe)
            {
                return _categories[hit.Category];
            }
        }

        return null;
    }

    private void Add(string phrase, Action<PhraseNode> mark)
    {
        var words = CrisisText.Words(phrase);
        if (words.Count == 0)
        {
            // The schema refuses such phrases; a hand-built list must not turn one into a match on everything.
            return;
        }

        var node = _root;
        foreach (var word in words)
        {
            if (!node.Next.TryGetValue(word, out var next))
            {
                next = new PhraseNode();
                node.Next.Add(word, next);
            }

            node = next;
        }

        mark(node);
    }

    /// <summary>One word along some phrases: the words that may follow, and which categories' phrases end here.</summary>
    private sealed class PhraseNode
    {
        public Dictionary<string, PhraseNode> Next { get; } = new(StringComparer.Ordinal);

        public HashSet<int> Phrases { get; } = [];

        public HashSet<int> SafePhrases { get; } = [];
    }
}

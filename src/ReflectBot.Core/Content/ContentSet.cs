namespace ReflectBot.Core.Content;

/// <summary>
/// Every item of one kind, for checks that span files. Problems of the whole set are reported against
/// the folder; problems of one item at the key that causes them, with its file, line and column.
/// </summary>
public sealed class ContentSet<TItem>
    where TItem : class, IContentItem
{
    private readonly Dictionary<TItem, LoadedContentItem> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly Action<string> _reportFolder;

    internal ContentSet(IReadOnlyList<LoadedContentItem> loaded, Action<string> reportFolder)
    {
        _reportFolder = reportFolder;
        var items = new List<TItem>(loaded.Count);
        foreach (var entry in loaded)
        {
            var item = (TItem)entry.Item;
            items.Add(item);
            _sources[item] = entry;
        }

        Items = items;
    }

    /// <summary>The items in file-name order.</summary>
    public IReadOnlyList<TItem> Items { get; }

    /// <summary>A problem of the set as a whole, such as too few items.</summary>
    public void Report(string reason) => _reportFolder(reason);

    /// <summary>A problem one item causes, reported at its <paramref name="key"/>.</summary>
    public void ReportAt(TItem item, string key, string reason) =>
        (_sources.TryGetValue(item, out var entry)
            ? entry
            : throw new ArgumentException("The item is not part of this set.", nameof(item)))
        .Source.ReportAt(key, reason);
}

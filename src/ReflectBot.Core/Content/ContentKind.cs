using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Content;

/// <summary>
/// The base of every content kind: a kind names its folder and reads its own keys; the loader
/// does the rest (files, YAML, the id, unknown keys, duplicates). Register new kinds in <see cref="ContentKinds"/>.
/// </summary>
public abstract class ContentKind<TItem> : IContentKind
    where TItem : class, IContentItem
{
    public abstract string Folder { get; }

    public Type ItemType => typeof(TItem);

    public virtual IReadOnlyCollection<string> RequiredIds => [];

    /// <summary>
    /// Reads every key the kind knows, even after an error, so all problems surface at once.
    /// The returned item is discarded when the file had any error, so missing values may be left empty.
    /// </summary>
    protected abstract TItem Read(MappingReader root, string id);

    /// <summary>Checks across all files of the kind; nothing by default. See <see cref="ContentSet{TItem}"/>.</summary>
    protected virtual void CheckTogether(ContentSet<TItem> set)
    {
    }

    IContentItem IContentKind.Read(MappingReader root, string id) => Read(root, id);

    void IContentKind.CheckTogether(IReadOnlyList<LoadedContentItem> items, Action<string> reportFolder) =>
        CheckTogether(new ContentSet<TItem>(items, reportFolder));

    object IContentKind.CreateIndex(IEnumerable<IContentItem> items) =>
        items.Cast<TItem>().ToDictionary(item => item.Id, StringComparer.Ordinal).AsReadOnly();
}

using ReflectBot.Core.Content.Pages;
using ReflectBot.Core.Safety;

namespace ReflectBot.Core.Content;

/// <summary>All content, checked and indexed by id; built only by <see cref="ContentLoader"/>.</summary>
public sealed class ContentCatalog
{
    private readonly IReadOnlyDictionary<Type, object> _indexes;

    private readonly Lazy<CrisisDetector> _crisisDetector;

    internal ContentCatalog(IReadOnlyDictionary<Type, object> indexes)
    {
        _indexes = indexes;
        _crisisDetector = new(() => CrisisDetector.From(this));
    }

    public IReadOnlyDictionary<string, Page> Pages => All<Page>();

    public Page GetPage(string id) => Get<Page>(id);

    /// <summary>The detector for prompts/crisis/, compiled on first use and then shared, since the catalog never changes.</summary>
    public CrisisDetector CrisisDetector => _crisisDetector.Value;

    /// <summary>The resources shown when a server has set none of its own (prompts/crisis/resources/default.yaml).</summary>
    public CrisisResources CrisisResources => Get<CrisisResources>(CrisisResourcesSchema.DefaultId);

    /// <summary>Every item of one kind, by id.</summary>
    public IReadOnlyDictionary<string, TItem> All<TItem>()
        where TItem : class, IContentItem =>
        _indexes.TryGetValue(typeof(TItem), out var index)
            ? (IReadOnlyDictionary<string, TItem>)index
            : throw new InvalidOperationException($"No content kind for {typeof(TItem).Name} is registered in ContentKinds.");

    /// <summary>One item by id; a missing id is a programming error, since required ids are checked at load.</summary>
    public TItem Get<TItem>(string id)
        where TItem : class, IContentItem =>
        All<TItem>().TryGetValue(id, out var item)
            ? item
            : throw new KeyNotFoundException($"There is no {typeof(TItem).Name} with id '{id}' in the content.");
}

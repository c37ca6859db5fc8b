namespace ReflectBot.Core.Content;

/// <summary>Holds the catalog loaded at start, for services built before loading finished.</summary>
public sealed class ContentCatalogProvider
{
    private ContentCatalog? _current;

    /// <summary>The loaded catalog; throws when asked before the host has started.</summary>
    public ContentCatalog Current =>
        Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The content catalog is loaded when the host starts and is not loaded yet.");

    public void Set(ContentCatalog catalog) => Volatile.Write(ref _current, catalog);
}

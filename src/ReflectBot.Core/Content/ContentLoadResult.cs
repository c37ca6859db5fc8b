using System.Diagnostics.CodeAnalysis;

namespace ReflectBot.Core.Content;

/// <summary>Either a complete catalog or every error found; never a partly loaded catalog.</summary>
public sealed record ContentLoadResult
{
    private ContentLoadResult(ContentCatalog? catalog, IReadOnlyList<ContentError> errors)
    {
        Catalog = catalog;
        Errors = errors;
    }

    public ContentCatalog? Catalog { get; }

    public IReadOnlyList<ContentError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Catalog))]
    public bool Succeeded => Catalog is not null;

    public static ContentLoadResult Loaded(ContentCatalog catalog) => new(catalog, []);

    public static ContentLoadResult Failed(IReadOnlyList<ContentError> errors) => new(null, errors);
}

using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Content;

/// <summary>Reads every kind's folder under prompts/ and checks it whole, collecting all errors before answering.</summary>
public sealed class ContentLoader
{
    private const string YamlExtension = ".yaml";

    private readonly IReadOnlyList<IContentKind> _kinds;

    public ContentLoader()
        : this(ContentKinds.All)
    {
    }

    public ContentLoader(IEnumerable<IContentKind> kinds) => _kinds = [.. kinds];

    public async Task<ContentLoadResult> LoadAsync(string promptsPath, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(promptsPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var displayBase = Path.GetDirectoryName(root) ?? root;
        string Display(string path) => Path.GetRelativePath(displayBase, path).Replace('\\', '/');

        var errors = new List<ContentError>();
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(Display(root), 0, 0, $"the prompts folder does not exist (looked for {root})"));
            return ContentLoadResult.Failed(errors);
        }

        var indexes = new Dictionary<Type, object>();
        foreach (var kind in _kinds)
        {
            var items = await LoadKindAsync(kind, Path.Combine(root, kind.Folder), Display, errors, cancellationToken);
            indexes[kind.ItemType] = kind.CreateIndex(items);
        }

        if (errors.Count > 0)
        {
            return ContentLoadResult.Failed(
                [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)]);
        }

        return ContentLoadResult.Loaded(new ContentCatalog(indexes));
    }

    public async Task<ContentCatalog> LoadOrThrowAsync(string promptsPath, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(promptsPath, cancellationToken);
        return result.Succeeded ? result.Catalog : throw new ContentValidationException(result.Errors);
    }

    private static async Task<List<IContentItem>> LoadKindAsync(
        IContentKind kind,
        string folder,
        Func<string, string> display,
        List<ContentError> errors,
        CancellationToken cancellationToken)
    {
        var items = new List<IContentItem>();
        var loaded = new List<LoadedContentItem>();
        var errorsBefore = errors.Count;
        if (!Directory.Exists(folder))
        {
            errors.Add(new ContentError(display(folder), 0, 0, $"the folder for {kind.Folder} is missing"));
            return items;
        }

        var firstFileById = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var fileErrors = new FileErrors(display(path), errors);
            var extension = Path.GetExtension(path);
            if (extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
            {
                // A silently skipped file would look like lost content; say why it is not read.
                fileErrors.Add(0, 0, $"content files end in {YamlExtension}; rename this file");
                continue;
            }

            if (!extension.Equals(YamlExtension, StringComparison.Ordinal))
            {
                continue;
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var result = ContentFileReader.Read(kind, Path.GetFileNameWithoutExtension(path), text, fileErrors);
            if (result.Id is { } id)
            {
                if (firstFileById.TryGetValue(id, out var first))
                {
                    fileErrors.Add(result.IdPosition, $"id '{id}' is already used by {first}");
                    continue;
                }

                firstFileById[id] = fileErrors.File;
            }

            if (result is { Item: { } item, Root: { } source })
            {
                items.Add(item);
                loaded.Add(new LoadedContentItem(item, source));
            }
        }

        // Ids must equal file names, so a required id is present exactly when its file is.
        foreach (var required in kind.RequiredIds)
        {
            var path = Path.Combine(folder, required + YamlExtension);
            if (!File.Exists(path))
            {
                errors.Add(new ContentError(display(path), 0, 0, "this file is required but missing"));
            }
        }

        if (errors.Count == errorsBefore)
        {
            var folderName = display(folder);
            kind.CheckTogether(loaded, reason => errors.Add(new ContentError(folderName, 0, 0, reason)));
        }

        return items;
    }
}

using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Content;

/// <summary>What the loader needs to know about one folder of prompts/. Derive from <see cref="ContentKind{TItem}"/>.</summary>
public interface IContentKind
{
    /// <summary>The folder under prompts/ holding one file per item, e.g. "pages".</summary>
    string Folder { get; }

    Type ItemType { get; }

    /// <summary>Ids the bot cannot run without; a missing one stops the start.</summary>
    IReadOnlyCollection<string> RequiredIds { get; }

    /// <summary>Reads an item from a file's root mapping; errors go through <paramref name="root"/>.</summary>
    IContentItem Read(MappingReader root, string id);

    /// <summary>Builds the typed id-to-item dictionary the catalog hands out.</summary>
    object CreateIndex(IEnumerable<IContentItem> items);

    /// <summary>
    /// Checks what no single file can show (counts, balance, values unique across files). The loader calls it
    /// only when every file of the kind read cleanly, so a typo in one file does not also surface as a miscount.
    /// </summary>
    void CheckTogether(IReadOnlyList<LoadedContentItem> items, Action<string> reportFolder);
}

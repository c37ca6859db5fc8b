using YamlDotNet.Core;

namespace ReflectBot.Core.Content.Schema;

/// <summary>
/// What one file yielded: its id (for duplicate checks), the item when the file had no errors, and the
/// mapping it was read from, so checks across files can still point at a key's line.
/// </summary>
internal sealed record ContentFileResult(string? Id, Mark IdPosition, IContentItem? Item, MappingReader? Root = null);

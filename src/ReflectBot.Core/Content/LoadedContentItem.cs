using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Content;

/// <summary>An item that read cleanly, with the mapping it came from, so a check across files can name its file and line.</summary>
public sealed record LoadedContentItem(IContentItem Item, MappingReader Source);

using YamlDotNet.Core;

namespace ReflectBot.Core.Content.Schema;

/// <summary>What one file yielded: its id (for duplicate checks) and the item, when the file had no errors.</summary>
internal sealed record ContentFileResult(string? Id, Mark IdPosition, IContentItem? Item);

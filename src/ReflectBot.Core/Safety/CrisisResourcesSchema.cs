using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Safety;

/// <summary>
/// prompts/crisis/resources/*.yaml: the crisis resources text. A folder of its own (not a file beside the phrase lists)
/// because every file in prompts/crisis/ is a category; only "default" is used today.
/// </summary>
public sealed class CrisisResourcesSchema : ContentKind<CrisisResources>
{
    /// <summary>The id of the resources shown when a server has set none.</summary>
    public const string DefaultId = "default";

    public override string Folder => "crisis/resources";

    public override IReadOnlyCollection<string> RequiredIds { get; } = [DefaultId];

    protected override CrisisResources Read(MappingReader root, string id) =>
        new() { Id = id, Text = root.RequiredText("text", CrisisLimits.ResourcesMaxLength) ?? "" };
}

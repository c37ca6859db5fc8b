namespace ReflectBot.Core.Content;

/// <summary>Where the editable texts live.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The prompts folder; a relative path resolves against the working directory.</summary>
    public string PromptsPath { get; set; } = "prompts";
}

namespace ReflectBot.Core.Content.Pages;

/// <summary>A short headed section of a page.</summary>
public sealed record PageField
{
    public required string Name { get; init; }

    /// <summary>Markdown.</summary>
    public required string Value { get; init; }
}

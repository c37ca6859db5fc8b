namespace ReflectBot.Core.Content;

/// <summary>A piece of content read from one file; its id equals the file's name.</summary>
public interface IContentItem
{
    string Id { get; }
}

namespace ReflectBot.Discord.Models;

/// <summary>The body of a message edit; null fields stay as they were.</summary>
public sealed record MessageEdit
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }

    /// <summary>The attachments to keep or add; an empty list removes all.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }
}

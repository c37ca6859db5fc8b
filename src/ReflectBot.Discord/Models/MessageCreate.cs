namespace ReflectBot.Discord.Models;

/// <summary>The body of a new message or follow-up; the client fills in allowed_mentions when null.</summary>
public sealed record MessageCreate
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }

    /// <summary>With <see cref="EnforceNonce"/>, Discord returns the first message for a repeated nonce, which makes a retry safe.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
}

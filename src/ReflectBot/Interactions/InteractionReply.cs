using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Interactions;

/// <summary>
/// A message the bot answers with. Private to the person who asked unless a feature says otherwise,
/// because what people do here is personal.
/// </summary>
public sealed record InteractionReply
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public IReadOnlyList<FileAttachment>? Files { get; init; }

    public bool Ephemeral { get; init; } = true;

    public static InteractionReply Text(string content) => new() { Content = content };

    public static InteractionReply WithEmbed(Embed embed) => new() { Embeds = [embed] };
}

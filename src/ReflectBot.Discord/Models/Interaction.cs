namespace ReflectBot.Discord.Models;

/// <summary>An interaction as it arrives by gateway dispatch or HTTP POST.</summary>
public sealed record Interaction
{
    public required Snowflake Id { get; init; }
    public required Snowflake ApplicationId { get; init; }
    public required InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public Snowflake? GuildId { get; init; }
    public Channel? Channel { get; init; }
    public Snowflake? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    public User? User { get; init; }

    /// <summary>Secret for 15 minutes: never log it.</summary>
    public required string Token { get; init; }

    public int Version { get; init; }
    public Message? Message { get; init; }
    public Permissions? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }

    /// <summary>The most bytes the bot may attach in its answer (Discord's <c>attachment_size_limit</c>).</summary>
    public long? AttachmentSizeLimit { get; init; }
    public InteractionContextType? Context { get; init; }

    /// <summary>Keyed by integration type ("0" guild install, "1" user install).</summary>
    public IReadOnlyDictionary<string, Snowflake>? AuthorizingIntegrationOwners { get; init; }

    /// <summary>Who acted: the member's user in a server, the user in a DM.</summary>
    public User? Invoker => Member?.User ?? User;

    // The token is a credential: keep it out of records' generated ToString.
    public override string ToString() => $"Interaction {{ Id = {Id}, Type = {Type}, GuildId = {GuildId}, ChannelId = {ChannelId} }}";
}

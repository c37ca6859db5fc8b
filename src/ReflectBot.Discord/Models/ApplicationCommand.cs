namespace ReflectBot.Discord.Models;

/// <summary>A command definition, sent in a bulk overwrite and returned with ids.</summary>
public sealed record ApplicationCommand
{
    public Snowflake? Id { get; init; }
    public Snowflake? ApplicationId { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? Version { get; init; }
    public ApplicationCommandType? Type { get; init; }
    public required string Name { get; init; }
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>1–100 characters for slash commands; empty for context-menu commands.</summary>
    public string? Description { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bits as a decimal string; "0" leaves the command to admins until a server changes it.</summary>
    public string? DefaultMemberPermissions { get; init; }

    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }
    public bool? Nsfw { get; init; }
}

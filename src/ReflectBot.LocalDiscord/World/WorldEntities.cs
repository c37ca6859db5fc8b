namespace ReflectBot.LocalDiscord.World;

public sealed record WorldUser
{
    public required ulong Id { get; init; }
    public required string Username { get; init; }
    public required string GlobalName { get; init; }
    public bool IsBot { get; init; }
    public bool AcceptsDms { get; init; } = true;

    /// <summary>The id the DM channel with the bot gets once it is opened.</summary>
    public required ulong DmChannelId { get; init; }

    public IReadOnlyList<ulong> RoleIds { get; init; } = [];
}

public sealed record WorldRole
{
    public required ulong Id { get; init; }
    public required string Name { get; init; }
    public required ulong Permissions { get; init; }
    public int Position { get; init; }
    public bool Mentionable { get; init; }
}

/// <summary>A channel permission overwrite; <paramref name="Type"/> 0 is a role, 1 a member.</summary>
public sealed record WorldOverwrite(ulong Id, int Type, ulong Allow, ulong Deny);

public sealed record WorldChannel
{
    public required ulong Id { get; init; }
    public required string Name { get; init; }
    public int Type { get; init; }
    public bool Nsfw { get; init; }
    public int Position { get; init; }
    public string? Topic { get; init; }
    public IReadOnlyList<WorldOverwrite> Overwrites { get; init; } = [];
}

public sealed record WorldGuild
{
    public required ulong Id { get; init; }
    public required string Name { get; init; }
    public required ulong OwnerId { get; init; }
}

using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Gateway;

/// <summary>The d of op 10 Hello.</summary>
internal sealed record HelloData
{
    public required double HeartbeatInterval { get; init; }
}

/// <summary>The parts of the READY dispatch the gateway client keeps for itself.</summary>
internal sealed record ReadyData
{
    public required string SessionId { get; init; }

    public required string ResumeGatewayUrl { get; init; }

    public ReadyApplication? Application { get; init; }

    public ReadyUser? User { get; init; }
}

/// <summary>The partial application object in READY.</summary>
internal sealed record ReadyApplication
{
    public required Snowflake Id { get; init; }
}

/// <summary>The bot's own user in READY.</summary>
internal sealed record ReadyUser
{
    public required Snowflake Id { get; init; }

    public string? Username { get; init; }
}

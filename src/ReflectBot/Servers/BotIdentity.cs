using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Servers;

/// <summary>The bot's own user id, asked of Discord once and kept.</summary>
public sealed class BotIdentity(DiscordRestClient rest)
{
    private Snowflake? _userId;

    public async Task<Snowflake> UserIdAsync(CancellationToken cancellationToken)
        => _userId ??= (await rest.GetCurrentUserAsync(cancellationToken)).Id;
}

using ReflectBot.Data.Cards;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Servers;

namespace ReflectBot.Commands.Cards;

/// <summary>/config mod-role, mod-role-clear and mature-cards: a server's rules for sharing cards (Manage Server).</summary>
public sealed class CardSettings(CardSettingsRepository repository, TimeProvider timeProvider)
{
    public async Task SetModRoleAsync(InteractionContext context, Snowflake? roleId, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        if (roleId is not { } role)
        {
            await context.RespondAsync(InteractionReply.Text("Please pick a role from the list."), cancellationToken);
            return;
        }

        await repository.SetModRoleAsync(guildId.Value, role.Value, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(
            InteractionReply.Text($"Members with {RoleMention(guildId, role)} can now share cards with /card share, as can anyone with Manage Messages."),
            cancellationToken);
    }

    public async Task ClearModRoleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        await repository.SetModRoleAsync(guildId.Value, null, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(InteractionReply.Text("No role is set for sharing cards now: only members with Manage Messages can share them."), cancellationToken);
    }

    public async Task SetMatureAllowedAsync(InteractionContext context, bool? allowed, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        if (allowed is not { } value)
        {
            await context.RespondAsync(InteractionReply.Text("Please choose True or False."), cancellationToken);
            return;
        }

        await repository.SetMatureAllowedAsync(guildId.Value, value, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(
            InteractionReply.Text(value
                ? "Cards about sex can be shared again, in age-restricted channels only."
                : "Cards about sex won't be shared in this server. Members can still read them privately with /card show."),
            cancellationToken);
    }

    /// <summary>The lines for /config show.</summary>
    public async Task<string> DescribeAsync(Snowflake guildId, CancellationToken cancellationToken)
    {
        var stored = await repository.GetAsync(guildId.Value, cancellationToken);
        var role = stored?.ModRoleId is { } id ? RoleMention(guildId, new Snowflake(id)) : "none (Manage Messages only)";
        var mature = stored?.MatureAllowed ?? true ? "allowed in age-restricted channels" : "off";
        return $"**Card sharing role:** {role}\n**Cards about sex:** {mature}";
    }

    // @everyone has the server's id and is written as text, since <@&id> would not show it.
    private static string RoleMention(Snowflake guildId, Snowflake roleId) => roleId == guildId ? "@everyone" : $"<@&{roleId}>";
}

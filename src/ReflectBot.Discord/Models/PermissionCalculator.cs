namespace ReflectBot.Discord.Models;

/// <summary>
/// What a member may do in a guild channel, computed as Discord documents it ("Permissions" topic): base
/// permissions from @everyone and the member's roles, everything for the owner or an ADMINISTRATOR, then the
/// channel's overwrites for @everyone, the member's roles (denies then allows, combined) and the member.
/// Interactions only carry the bot's permissions for their own channel; this answers for any other.
/// </summary>
public static class PermissionCalculator
{
    /// <summary>Every bit, today's and future ones: what the owner and an ADMINISTRATOR hold.</summary>
    public const Permissions All = (Permissions)ulong.MaxValue;

    /// <summary>Bits Discord implicitly denies in a text channel to whoever lacks SEND_MESSAGES there.</summary>
    private const Permissions NeedSendMessages =
        Permissions.MentionEveryone | Permissions.SendTtsMessages | Permissions.AttachFiles | Permissions.EmbedLinks;

    /// <summary>
    /// The permissions of <paramref name="userId"/> (holding <paramref name="memberRoleIds"/>) in <paramref name="channel"/>.
    /// For a thread pass its parent channel: threads have no overwrites and inherit the parent's
    /// (sending in a thread then needs SEND_MESSAGES_IN_THREADS rather than SEND_MESSAGES).
    /// Without VIEW_CHANNEL every other channel permission is implicitly denied, and without SEND_MESSAGES
    /// so are MENTION_EVERYONE, SEND_TTS_MESSAGES, ATTACH_FILES and EMBED_LINKS, as Discord does.
    /// </summary>
    public static Permissions ForMember(Guild guild, Snowflake userId, IReadOnlyList<Snowflake> memberRoleIds, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(memberRoleIds);
        ArgumentNullException.ThrowIfNull(channel);

        var permissions = BasePermissions(guild, userId, memberRoleIds);
        if (permissions == All)
        {
            return All;
        }

        permissions = ApplyOverwrites(permissions, guild.Id, userId, memberRoleIds, channel.PermissionOverwrites ?? []);
        if (!permissions.HasFlag(Permissions.ViewChannel))
        {
            return Permissions.None;
        }

        return permissions.HasFlag(Permissions.SendMessages) ? permissions : permissions & ~NeedSendMessages;
    }

    /// <summary>The guild-wide permissions: @everyone and the member's roles, or <see cref="All"/> for the owner or an administrator.</summary>
    public static Permissions BasePermissions(Guild guild, Snowflake userId, IReadOnlyList<Snowflake> memberRoleIds)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(memberRoleIds);
        if (guild.OwnerId == userId)
        {
            return All;
        }

        var permissions = Permissions.None;
        foreach (var role in guild.Roles)
        {
            if (role.Id == guild.Id || memberRoleIds.Contains(role.Id))
            {
                permissions |= role.Permissions ?? Permissions.None;
            }
        }

        return permissions.HasFlag(Permissions.Administrator) ? All : permissions;
    }

    private static Permissions ApplyOverwrites(
        Permissions permissions,
        Snowflake everyoneRoleId,
        Snowflake userId,
        IReadOnlyList<Snowflake> memberRoleIds,
        IReadOnlyList<Overwrite> overwrites)
    {
        if (overwrites.FirstOrDefault(o => o.Type == OverwriteType.Role && o.Id == everyoneRoleId) is { } everyone)
        {
            permissions = (permissions & ~everyone.Deny) | everyone.Allow;
        }

        var roleAllow = Permissions.None;
        var roleDeny = Permissions.None;
        foreach (var overwrite in overwrites)
        {
            if (overwrite.Type == OverwriteType.Role && overwrite.Id != everyoneRoleId && memberRoleIds.Contains(overwrite.Id))
            {
                roleAllow |= overwrite.Allow;
                roleDeny |= overwrite.Deny;
            }
        }

        permissions = (permissions & ~roleDeny) | roleAllow;
        if (overwrites.FirstOrDefault(o => o.Type == OverwriteType.Member && o.Id == userId) is { } member)
        {
            permissions = (permissions & ~member.Deny) | member.Allow;
        }

        return permissions;
    }
}

namespace ReflectBot.LocalDiscord.World;

/// <summary>Discord's permission bits and its channel permission computation.</summary>
public static class Permissions
{
    public const ulong CreateInstantInvite = 1UL << 0;
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong AddReactions = 1UL << 6;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong ManageMessages = 1UL << 13;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong MentionEveryone = 1UL << 17;
    public const ulong UseExternalEmojis = 1UL << 18;
    public const ulong UseApplicationCommands = 1UL << 31;
    public const ulong ManageThreads = 1UL << 34;
    public const ulong CreatePublicThreads = 1UL << 35;
    public const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>Every bit Discord defines today; what ADMINISTRATOR grants.</summary>
    public const ulong All = (1UL << 51) - 1;

    /// <summary>What a bot may do in a DM with a user.</summary>
    public const ulong DirectMessage = ViewChannel | SendMessages | EmbedLinks | AttachFiles | ReadMessageHistory
        | AddReactions | UseExternalEmojis | MentionEveryone | UseApplicationCommands;

    /// <summary>Base permissions from @everyone and the member's roles, then the channel's overwrites in Discord's order.</summary>
    public static ulong Compute(LocalWorld world, WorldUser user, WorldChannel channel)
    {
        if (user.Id == world.Guild.OwnerId)
        {
            return All;
        }

        var permissions = world.EveryoneRole.Permissions;
        foreach (var roleId in user.RoleIds)
        {
            permissions |= world.FindRole(roleId)?.Permissions ?? 0;
        }

        if ((permissions & Administrator) != 0)
        {
            return All;
        }

        ulong roleAllow = 0, roleDeny = 0;
        foreach (var overwrite in channel.Overwrites)
        {
            if (overwrite.Type == 0 && overwrite.Id == world.EveryoneRole.Id)
            {
                permissions = (permissions & ~overwrite.Deny) | overwrite.Allow;
            }
            else if (overwrite.Type == 0 && user.RoleIds.Contains(overwrite.Id))
            {
                roleAllow |= overwrite.Allow;
                roleDeny |= overwrite.Deny;
            }
        }

        permissions = (permissions & ~roleDeny) | roleAllow;
        foreach (var overwrite in channel.Overwrites.Where(o => o.Type == 1 && o.Id == user.Id))
        {
            permissions = (permissions & ~overwrite.Deny) | overwrite.Allow;
        }

        return (permissions & ViewChannel) == 0 ? 0 : permissions;
    }
}

using ReflectBot.Discord.Models;

namespace ReflectBot.Commands.Cards;

/// <summary>Why a share is refused; <see cref="None"/> when it may go ahead.</summary>
public enum CardShareRefusal
{
    None,
    NotModerator,
    MatureOffInServer,
    MatureNeedsAgeRestricted,
}

/// <summary>
/// The rules for posting a card to a channel, kept free of Discord calls so they can be tested alone: who may share,
/// and where a card about sex may go.
/// </summary>
public static class CardSharePolicy
{
    private const Permissions ModeratorPermissions = Permissions.ManageMessages | Permissions.Administrator;

    /// <summary>
    /// Members with Manage Messages or Administrator may share, and so may holders of the server's card role.
    /// The @everyone role has the server's id and is held by every member without being listed.
    /// </summary>
    public static CardShareRefusal ForMember(Permissions granted, IReadOnlyCollection<ulong> memberRoleIds, ulong guildId, ulong? modRoleId)
    {
        if ((granted & ModeratorPermissions) != 0)
        {
            return CardShareRefusal.None;
        }

        return modRoleId is { } role && (role == guildId || memberRoleIds.Contains(role))
            ? CardShareRefusal.None
            : CardShareRefusal.NotModerator;
    }

    /// <summary>A card about sex goes only into an age-restricted channel, and only when the server allows such cards at all.</summary>
    public static CardShareRefusal ForChannel(bool cardIsMature, bool channelIsAgeRestricted, bool serverAllowsMature)
    {
        if (!cardIsMature)
        {
            return CardShareRefusal.None;
        }

        if (!serverAllowsMature)
        {
            return CardShareRefusal.MatureOffInServer;
        }

        return channelIsAgeRestricted ? CardShareRefusal.None : CardShareRefusal.MatureNeedsAgeRestricted;
    }
}

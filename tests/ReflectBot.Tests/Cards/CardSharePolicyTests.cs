using ReflectBot.Commands.Cards;
using ReflectBot.Discord.Models;

namespace ReflectBot.Tests.Cards;

public sealed class CardSharePolicyTests
{
    private const ulong Guild = 1_213_095_896_678_531_000;
    private const ulong CardRole = 1_213_095_896_678_531_500;
    private const ulong OtherRole = 1_213_095_896_678_531_501;
    private const Permissions Plain = Permissions.ViewChannel | Permissions.SendMessages | Permissions.ManageGuild;

    [Theory]
    [InlineData(Permissions.ManageMessages)]
    [InlineData(Permissions.Administrator)]
    public void ForMember_ManageMessagesOrAdministrator_MayShareWithoutACardRole(Permissions extra)
    {
        Assert.Equal(CardShareRefusal.None, CardSharePolicy.ForMember(Plain | extra, [], Guild, modRoleId: null));
    }

    [Fact]
    public void ForMember_ManageServerAlone_IsNotEnough()
    {
        Assert.Equal(CardShareRefusal.NotModerator, CardSharePolicy.ForMember(Plain, [OtherRole], Guild, modRoleId: null));
    }

    [Fact]
    public void ForMember_HoldingTheCardRole_MayShare()
    {
        Assert.Equal(CardShareRefusal.None, CardSharePolicy.ForMember(Plain, [OtherRole, CardRole], Guild, CardRole));
    }

    [Fact]
    public void ForMember_WithOtherRolesOnly_IsRefused()
    {
        Assert.Equal(CardShareRefusal.NotModerator, CardSharePolicy.ForMember(Plain, [OtherRole], Guild, CardRole));
    }

    [Fact]
    public void ForMember_CardRoleIsEveryone_LetsEveryMemberShareThoughDiscordNeverListsIt()
    {
        Assert.Equal(CardShareRefusal.None, CardSharePolicy.ForMember(Plain, [], Guild, Guild));
    }

    [Theory]
    [InlineData(false, false, true, CardShareRefusal.None)]
    [InlineData(false, false, false, CardShareRefusal.None)]
    [InlineData(true, true, true, CardShareRefusal.None)]
    [InlineData(true, false, true, CardShareRefusal.MatureNeedsAgeRestricted)]
    [InlineData(true, true, false, CardShareRefusal.MatureOffInServer)]
    [InlineData(true, false, false, CardShareRefusal.MatureOffInServer)]
    public void ForChannel_MatureCards_GoOnlyToAgeRestrictedChannelsOfServersThatAllowThem(
        bool mature, bool ageRestricted, bool serverAllows, CardShareRefusal expected)
    {
        Assert.Equal(expected, CardSharePolicy.ForChannel(mature, ageRestricted, serverAllows));
    }
}

using System.Text.Json;
using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Tests.Models;

public sealed class PermissionCalculatorTests
{
    private const Permissions EveryoneBase = Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks
        | Permissions.ReadMessageHistory;

    private static readonly Snowflake GuildId = new(100);
    private static readonly Snowflake OwnerId = new(200);
    private static readonly Snowflake UserId = new(300);
    private static readonly Snowflake HelperRole = new(400);
    private static readonly Snowflake MutedRole = new(401);
    private static readonly Snowflake AdminRole = new(402);

    private static readonly Guild Server = new()
    {
        Id = GuildId,
        OwnerId = OwnerId,
        Roles =
        [
            new Role { Id = GuildId, Permissions = EveryoneBase },
            new Role { Id = HelperRole, Permissions = Permissions.ManageMessages },
            new Role { Id = MutedRole, Permissions = Permissions.None },
            new Role { Id = AdminRole, Permissions = Permissions.Administrator },
        ],
    };

    [Fact]
    public void Base_permissions_combine_everyone_and_the_members_roles()
    {
        var permissions = PermissionCalculator.ForMember(Server, UserId, [HelperRole], Channel());

        Assert.Equal(EveryoneBase | Permissions.ManageMessages, permissions);
    }

    [Fact]
    public void The_owner_holds_everything_whatever_the_overwrites_say()
    {
        var locked = Channel(Deny(GuildId, OverwriteType.Role, Permissions.ViewChannel), Deny(OwnerId, OverwriteType.Member, Permissions.SendMessages));

        Assert.Equal(PermissionCalculator.All, PermissionCalculator.ForMember(Server, OwnerId, [], locked));
    }

    [Fact]
    public void An_administrator_role_grants_everything_and_ignores_overwrites()
    {
        var locked = Channel(Deny(AdminRole, OverwriteType.Role, Permissions.SendMessages));

        var permissions = PermissionCalculator.ForMember(Server, UserId, [AdminRole], locked);

        Assert.Equal(PermissionCalculator.All, permissions);
        Assert.True(permissions.HasFlag(Permissions.ModerateMembers));
    }

    [Fact]
    public void The_everyone_overwrite_applies_to_every_member()
    {
        var readOnly = Channel(Deny(GuildId, OverwriteType.Role, Permissions.SendMessages));

        var permissions = PermissionCalculator.ForMember(Server, UserId, [], readOnly);

        Assert.False(permissions.HasFlag(Permissions.SendMessages));
        Assert.True(permissions.HasFlag(Permissions.ReadMessageHistory));
    }

    [Fact]
    public void Role_overwrites_are_combined_so_an_allow_on_one_role_beats_a_deny_on_another()
    {
        var channel = Channel(
            Deny(MutedRole, OverwriteType.Role, Permissions.SendMessages),
            Allow(HelperRole, OverwriteType.Role, Permissions.SendMessages | Permissions.AttachFiles));

        var helperAndMuted = PermissionCalculator.ForMember(Server, UserId, [MutedRole, HelperRole], channel);
        var mutedOnly = PermissionCalculator.ForMember(Server, UserId, [MutedRole], channel);

        Assert.True(helperAndMuted.HasFlag(Permissions.SendMessages));
        Assert.True(helperAndMuted.HasFlag(Permissions.AttachFiles));
        Assert.False(mutedOnly.HasFlag(Permissions.SendMessages));
    }

    [Fact]
    public void A_role_overwrite_beats_the_everyone_overwrite()
    {
        var channel = Channel(
            Deny(GuildId, OverwriteType.Role, Permissions.SendMessages),
            Allow(HelperRole, OverwriteType.Role, Permissions.SendMessages));

        Assert.True(PermissionCalculator.ForMember(Server, UserId, [HelperRole], channel).HasFlag(Permissions.SendMessages));
        Assert.False(PermissionCalculator.ForMember(Server, UserId, [], channel).HasFlag(Permissions.SendMessages));
    }

    [Fact]
    public void A_member_overwrite_beats_role_overwrites_both_ways()
    {
        var denied = Channel(
            Allow(HelperRole, OverwriteType.Role, Permissions.AttachFiles),
            Deny(UserId, OverwriteType.Member, Permissions.AttachFiles));
        var allowed = Channel(
            Deny(MutedRole, OverwriteType.Role, Permissions.SendMessages),
            Allow(UserId, OverwriteType.Member, Permissions.SendMessages));

        Assert.False(PermissionCalculator.ForMember(Server, UserId, [HelperRole], denied).HasFlag(Permissions.AttachFiles));
        Assert.True(PermissionCalculator.ForMember(Server, UserId, [MutedRole], allowed).HasFlag(Permissions.SendMessages));
    }

    [Fact]
    public void Overwrites_for_other_members_and_roles_the_member_lacks_do_not_apply()
    {
        var channel = Channel(
            Deny(new Snowflake(999), OverwriteType.Member, Permissions.SendMessages),
            Deny(MutedRole, OverwriteType.Role, Permissions.SendMessages));

        Assert.True(PermissionCalculator.ForMember(Server, UserId, [HelperRole], channel).HasFlag(Permissions.SendMessages));
    }

    [Fact]
    public void Without_VIEW_CHANNEL_nothing_else_is_granted_in_the_channel()
    {
        var hidden = Channel(Deny(GuildId, OverwriteType.Role, Permissions.ViewChannel));

        Assert.Equal(Permissions.None, PermissionCalculator.ForMember(Server, UserId, [HelperRole], hidden));
    }

    [Fact]
    public void Without_SEND_MESSAGES_embeds_and_attachments_are_implicitly_denied()
    {
        var channel = Channel(
            Allow(GuildId, OverwriteType.Role, Permissions.AttachFiles),
            Deny(UserId, OverwriteType.Member, Permissions.SendMessages));

        var permissions = PermissionCalculator.ForMember(Server, UserId, [], channel);

        Assert.Equal(Permissions.ViewChannel | Permissions.ReadMessageHistory, permissions);
    }

    [Fact]
    public void A_thread_is_computed_from_its_parent_channel_which_the_caller_passes()
    {
        var parent = Channel(Allow(GuildId, OverwriteType.Role, Permissions.SendMessagesInThreads));
        var thread = new Channel { Id = new Snowflake(600), Type = ChannelType.PublicThread, GuildId = GuildId, ParentId = parent.Id };

        var fromParent = PermissionCalculator.ForMember(Server, UserId, [], parent);
        var fromThreadItself = PermissionCalculator.ForMember(Server, UserId, [], thread);

        // A thread carries no overwrites of its own, so computing on it would miss the parent's.
        Assert.True(fromParent.HasFlag(Permissions.SendMessagesInThreads));
        Assert.False(fromThreadItself.HasFlag(Permissions.SendMessagesInThreads));
    }

    [Fact]
    public void Overwrites_read_from_Discord_json_feed_the_calculation()
    {
        const string Json = """
            {"id":"500","type":0,"guild_id":"100","permission_overwrites":[
              {"id":"300","type":1,"allow":"0","deny":"2048"},
              {"id":"100","type":0,"allow":"32768","deny":"0"}]}
            """;

        var channel = JsonSerializer.Deserialize(Json, DiscordJsonContext.Default.Channel)!;
        var permissions = PermissionCalculator.ForMember(Server, UserId, [], channel);

        Assert.Equal(OverwriteType.Member, channel.PermissionOverwrites![0].Type);
        Assert.Equal(Permissions.SendMessages, channel.PermissionOverwrites[0].Deny);
        Assert.False(permissions.HasFlag(Permissions.SendMessages));
        Assert.True(permissions.HasFlag(Permissions.ViewChannel));
    }

    private static Channel Channel(params Overwrite[] overwrites) =>
        new() { Id = new Snowflake(500), Type = ChannelType.GuildText, GuildId = GuildId, PermissionOverwrites = overwrites };

    private static Overwrite Allow(Snowflake id, OverwriteType type, Permissions bits) => new() { Id = id, Type = type, Allow = bits };

    private static Overwrite Deny(Snowflake id, OverwriteType type, Permissions bits) => new() { Id = id, Type = type, Deny = bits };
}

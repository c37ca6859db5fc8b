using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord;

namespace ReflectBot.IntegrationTests;

/// <summary>The bot works out its own permissions in a channel from what our REST client reads off the local Discord.</summary>
public sealed class BotPermissionTests
{
    [Fact]
    public async Task The_bot_computes_that_announcements_deny_it_SEND_MESSAGES_and_general_does_not()
    {
        await using var discord = await LocalDiscordServer.StartAsync(new LocalDiscordOptions(), null, CancellationToken.None);
        await using var rest = new RestClientHarness(discord);
        var world = discord.World;
        var guildId = new Snowflake(world.Guild.Id);
        var botId = new Snowflake(world.BotUser.Id);

        var guild = await rest.Client.GetGuildAsync(guildId, CancellationToken.None);
        var member = await rest.Client.GetGuildMemberAsync(guildId, botId, CancellationToken.None);
        var announcements = await rest.Client.GetChannelAsync(new Snowflake(world.Announcements.Id), CancellationToken.None);
        var general = await rest.Client.GetChannelAsync(new Snowflake(world.General.Id), CancellationToken.None);

        var inAnnouncements = PermissionCalculator.ForMember(guild, botId, member.Roles!, announcements);
        var inGeneral = PermissionCalculator.ForMember(guild, botId, member.Roles!, general);

        Assert.Equal(new Snowflake(world.Guild.OwnerId), guild.OwnerId);
        Assert.Contains(new Snowflake(world.BotRole.Id), member.Roles!);
        Assert.Equal((Permissions)world.EveryoneRole.Permissions | (Permissions)world.BotRole.Permissions, inGeneral);
        Assert.True(inAnnouncements.HasFlag(Permissions.ViewChannel));
        Assert.False(inAnnouncements.HasFlag(Permissions.SendMessages));

        // Besides SEND_MESSAGES itself, only what Discord implicitly takes away with it is missing.
        Assert.Equal(Permissions.SendMessages | Permissions.EmbedLinks | Permissions.AttachFiles, inGeneral & ~inAnnouncements);
    }

    [Fact]
    public async Task Unknown_members_and_guilds_are_refused_with_Discords_codes()
    {
        await using var discord = await LocalDiscordServer.StartAsync(new LocalDiscordOptions(), null, CancellationToken.None);
        await using var rest = new RestClientHarness(discord);
        var guildId = new Snowflake(discord.World.Guild.Id);

        var member = await Assert.ThrowsAsync<DiscordRestException>(() => rest.Client.GetGuildMemberAsync(guildId, new Snowflake(42), CancellationToken.None));
        var guild = await Assert.ThrowsAsync<DiscordRestException>(() => rest.Client.GetGuildAsync(new Snowflake(42), CancellationToken.None));
        var memberOfUnknownGuild = await Assert.ThrowsAsync<DiscordRestException>(() =>
            rest.Client.GetGuildMemberAsync(new Snowflake(42), new Snowflake(discord.World.Member.Id), CancellationToken.None));

        Assert.Equal(10007, member.Code);
        Assert.Equal(10004, guild.Code);
        Assert.Equal(10004, memberOfUnknownGuild.Code);
    }

    [Fact]
    public async Task A_generated_member_is_a_guild_member_too()
    {
        await using var discord = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { GeneratedMembers = 2_000 }, null, CancellationToken.None);
        await using var rest = new RestClientHarness(discord);
        var crowd = discord.World.GeneratedMembers[1_999];

        var member = await rest.Client.GetGuildMemberAsync(new Snowflake(discord.World.Guild.Id), new Snowflake(crowd.Id), CancellationToken.None);

        Assert.Equal("member01999", member.User!.Username);
        Assert.Empty(member.Roles!);
    }
}

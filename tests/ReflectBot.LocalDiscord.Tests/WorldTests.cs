using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class WorldTests
{
    private static readonly DateTimeOffset DiscordEpoch = DateTimeOffset.FromUnixTimeMilliseconds(1_420_070_400_000);

    [Fact]
    public async Task Seeded_ids_are_stable_snowflakes_whose_timestamps_decode_to_2024()
    {
        await using var first = await TestServer.StartAsync();
        await using var second = await TestServer.StartAsync();
        var world = first.Server.World;
        ulong[] ids = [world.ApplicationId, world.BotUser.Id, world.Guild.Id, world.General.Id, world.AfterDark.Id,
            world.Announcements.Id, world.Moderator.Id, world.Member.Id, world.MemberWithClosedDms.Id, world.Member.DmChannelId];

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(2024, DiscordEpoch.AddMilliseconds(id >> 22).Year));
        Assert.Equal(world.General.Id, second.Server.World.General.Id);
        Assert.Equal(world.Moderator.Id, second.Server.World.Moderator.Id);
        Assert.True(world.AfterDark.Nsfw);
        Assert.False(world.MemberWithClosedDms.AcceptsDms);
    }

    [Fact]
    public async Task Libraries_can_read_who_they_are_logged_in_as()
    {
        await using var test = await TestServer.StartAsync();

        var me = await test.Api.CallAsync("GET", "users/@me");
        var application = await test.Api.CallAsync("GET", "oauth2/applications/@me");
        var guild = await test.Api.CallAsync("GET", $"guilds/{test.Server.World.Guild.Id.Text()}");

        Assert.Equal(test.Server.World.BotUser.Id.Text(), me.Body!["id"]!.GetValue<string>());
        Assert.Equal(test.Server.World.ApplicationId.Text(), application.Body!["id"]!.GetValue<string>());
        Assert.Equal("Reflection Circle", guild.Body!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_root_says_what_this_server_is()
    {
        await using var test = await TestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = test.Server.BaseAddress };

        var text = await http.GetStringAsync(new Uri("/", UriKind.Relative), TestServer.Timeout);

        Assert.Contains("local Discord", text, StringComparison.Ordinal);
        Assert.Equal("/api/v10/", test.Server.ApiBaseAddress.AbsolutePath);
        Assert.Equal("/_local/", test.Server.ControlAddress.AbsolutePath);
        Assert.Equal("ws", test.Server.GatewayAddress.Scheme);
    }
}

using ReflectBot.LocalDiscord.Clock;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

/// <summary>What the playground page stands on: the page itself, the world it draws, the clock it moves, and the change feed it waits on.</summary>
public sealed class PlaygroundSupportTests
{
    [Fact]
    public async Task The_root_serves_the_playground_page_and_its_scripts_and_the_description_moved_under_the_control_api()
    {
        await using var test = await TestServer.StartAsync();
        using var browser = new HttpClient { BaseAddress = test.Server.BaseAddress };

        using var page = await browser.GetAsync("/", TestServer.Timeout);
        using var script = await browser.GetAsync("/playground/app.js", TestServer.Timeout);
        using var missing = await browser.GetAsync("/playground/nothing.js", TestServer.Timeout);
        var description = await test.ControlHttp.CallAsync("GET", "");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/playground/app.js", await page.Content.ReadAsStringAsync(TestServer.Timeout), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Equal("/api/v10/", description.Body!["api"]!.GetValue<string>());
        Assert.Equal("/", description.Body!["playground"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_world_lists_a_member_a_moderator_and_a_member_with_closed_dms_and_marks_the_age_restricted_channel()
    {
        await using var test = await TestServer.StartAsync();
        var world = test.Server.World;

        var answer = await test.ControlHttp.CallAsync("GET", "world");

        var users = answer.Body!["users"]!.AsArray();
        Assert.Equal([world.Member.Id.Text(), world.Moderator.Id.Text(), world.MemberWithClosedDms.Id.Text()], users.Select(u => u!["id"]!.GetValue<string>()));
        Assert.Equal([false, true, false], users.Select(u => u!["is_moderator"]!.GetValue<bool>()));
        Assert.Equal([true, true, false], users.Select(u => u!["accepts_dms"]!.GetValue<bool>()));
        Assert.Equal(world.Member.DmChannelId.Text(), users[0]!["dm_channel_id"]!.GetValue<string>());
        var nsfw = answer.Body!["channels"]!.AsArray().Where(c => c!["nsfw"]!.GetValue<bool>()).Select(c => c!["name"]!.GetValue<string>());
        Assert.Equal([world.AfterDark.Name], nsfw);
        Assert.Equal(world.BotUser.Id.Text(), answer.Body!["bot"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_adjustable_clock_moves_forward_for_the_server_and_tells_its_listeners()
    {
        var clock = new AdjustableClock();
        var steps = new List<TimeSpan>();
        clock.Advanced += steps.Add;
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        var before = DateTimeOffset.UtcNow;

        var moved = await test.ControlHttp.CallAsync("POST", "clock/advance", "{\"seconds\":86400}");
        var read = await test.ControlHttp.CallAsync("GET", "clock");

        Assert.Equal(200, moved.Status);
        Assert.Equal([TimeSpan.FromDays(1)], steps);
        Assert.Equal(86400, read.Body!["offset_seconds"]!.GetValue<double>());
        Assert.True(read.Body!["adjustable"]!.GetValue<bool>());
        Assert.InRange(read.Body!["now"]!.GetValue<DateTimeOffset>(), before.AddDays(1), DateTimeOffset.UtcNow.AddDays(1));
    }

    [Theory]
    [InlineData("{\"seconds\":0}")]
    [InlineData("{\"seconds\":-60}")]
    [InlineData("{\"seconds\":2678401}")]
    [InlineData("{\"hours\":\"soon\"}")]
    [InlineData("not json")]
    public async Task A_clock_step_that_is_not_forward_or_too_far_is_refused_and_the_clock_stays(string body)
    {
        var clock = new AdjustableClock();
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);

        var answer = await test.ControlHttp.CallAsync("POST", "clock/advance", body);

        Assert.Equal(400, answer.Status);
        Assert.Contains("seconds", answer.Body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, clock.Offset);
    }

    [Fact]
    public async Task A_server_on_a_fixed_clock_says_its_clock_cannot_be_moved()
    {
        await using var test = await TestServer.StartAsync();

        var answer = await test.ControlHttp.CallAsync("POST", "clock/advance", "{\"seconds\":60}");
        var read = await test.ControlHttp.CallAsync("GET", "clock");

        Assert.Equal(409, answer.Status);
        Assert.False(read.Body!["adjustable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_change_feed_answers_at_once_when_behind_and_wakes_on_the_next_message()
    {
        await using var test = await TestServer.StartAsync();
        var general = test.Server.World.General.Id.Text();
        var start = (await test.ControlHttp.CallAsync("GET", "messages/changes?since=-1&timeoutMs=0")).Body!["version"]!.GetValue<long>();

        var waiting = test.ControlHttp.CallAsync("GET", $"messages/changes?since={start}&timeoutMs=10000");
        await test.Api.CallAsync("POST", $"channels/{general}/messages", "{\"content\":\"hello\"}");
        var woken = await waiting;
        var idle = await test.ControlHttp.CallAsync("GET", $"messages/changes?since={woken.Body!["version"]!.GetValue<long>()}&timeoutMs=50");

        Assert.True(woken.Body!["version"]!.GetValue<long>() > start);
        Assert.Equal(woken.Body!["version"]!.GetValue<long>(), idle.Body!["version"]!.GetValue<long>());
    }
}

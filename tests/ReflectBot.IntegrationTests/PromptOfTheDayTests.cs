using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Reflection;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.Scheduling;

namespace ReflectBot.IntegrationTests;

/// <summary>/config reflection-channel and the prompt of the day it posts.</summary>
public sealed class PromptOfTheDayTests
{
    private const string RoundDone = "Scheduler round done";
    private const string ThreadsRoute = "/channels/{channel_id}/messages/{message_id}/threads";

    [Fact]
    public async Task A_member_without_manage_server_is_refused_even_though_the_command_reached_the_bot()
    {
        await using var bot = await TestBot.StartAsync();

        var answer = await ConfigureAsync(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id, "09:00", "Europe/Berlin");

        Assert.Contains("Manage Server", Content(answer), StringComparison.Ordinal);
        Assert.Null(await Repository(bot).GetAsync(bot.Discord.World.Guild.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_channel_where_the_bot_cannot_post_is_refused_with_the_missing_permission_named()
    {
        await using var bot = await TestBot.StartAsync();

        var answer = await ConfigureAsync(bot, bot.Discord.World.Moderator.Id, bot.Discord.World.Announcements.Id, "09:00", "Europe/Berlin");

        Assert.Contains("missing **Send Messages**", Content(answer), StringComparison.Ordinal);
        Assert.Null(await Repository(bot).GetAsync(bot.Discord.World.Guild.Id, CancellationToken.None));
    }

    [Theory]
    [InlineData("25:00", "Europe/Berlin", "HH:MM")]
    [InlineData("09:00", "Nowhere/Special", "don't know that time zone")]
    public async Task A_bad_time_or_zone_is_refused_and_nothing_is_stored(string time, string zone, string expected)
    {
        await using var bot = await TestBot.StartAsync();

        var answer = await ConfigureAsync(bot, bot.Discord.World.Moderator.Id, bot.Discord.World.General.Id, time, zone);

        Assert.Contains(expected, Content(answer), StringComparison.Ordinal);
        Assert.Null(await Repository(bot).GetAsync(bot.Discord.World.Guild.Id, CancellationToken.None));
    }

    [Fact]
    public async Task The_prompt_is_posted_once_with_a_thread_and_a_restart_does_not_post_it_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var general = bot.Discord.World.General.Id;
        var at = clock.GetUtcNow().AddMinutes(2).ToString("HH:mm", CultureInfo.InvariantCulture);

        var answer = await ConfigureAsync(bot, bot.Discord.World.Moderator.Id, general, at, "UTC", thread: true);
        Assert.Contains("First post", Content(answer), StringComparison.Ordinal);
        bot.SetClockAndWakeScheduler(clock, (await Repository(bot).GetAsync(bot.Discord.World.Guild.Id, CancellationToken.None))!.NextDueAt);
        await bot.Control.WaitForRequestsAsync("POST", ThreadsRoute, 1, TestBot.Patience, CancellationToken.None);

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        clock.Advance(TimeSpan.FromMinutes(5));
        bot.Host!.Services.GetRequiredService<SchedulerSignal>().Wake();
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith(RoundDone, StringComparison.Ordinal), TestBot.Patience);

        var posts = (await bot.Control.GetChannelMessagesAsync(general, CancellationToken.None))
            .Where(m => m.Message["embeds"]?.AsArray().FirstOrDefault()?["title"]?.GetValue<string>().StartsWith("Reflection prompt for", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Single(posts);
        var threads = await bot.Control.WaitForRequestsAsync("POST", ThreadsRoute, 1, TestBot.Patience, CancellationToken.None);
        // A stop right after the thread was made may leave the post unrecorded; the retry then finds
        // the post and Discord answers that the thread exists (160004). Either way: one thread.
        Assert.Single(threads.Requests, r => r.Status == 201);
    }

    [Fact]
    public async Task After_downtime_a_prompt_late_beyond_the_grace_window_is_skipped_not_posted_with_an_old_date()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var guildId = bot.Discord.World.Guild.Id;
        var at = clock.GetUtcNow().AddMinutes(2).ToString("HH:mm", CultureInfo.InvariantCulture);
        await ConfigureAsync(bot, bot.Discord.World.Moderator.Id, bot.Discord.World.General.Id, at, "UTC");
        var due = (await Repository(bot).GetAsync(guildId, CancellationToken.None))!.NextDueAt;

        bot.SetClockAndWakeScheduler(clock, due.AddHours(3));
        await bot.Logs.WaitForAsync(log => log.Message.Contains("skipped: late", StringComparison.Ordinal), TestBot.Patience);

        var posts = await bot.Control.GetChannelMessagesAsync(bot.Discord.World.General.Id, CancellationToken.None);
        Assert.DoesNotContain(posts, m => m.InteractionId is null);
        Assert.True((await Repository(bot).GetAsync(guildId, CancellationToken.None))!.NextDueAt > clock.GetUtcNow());
    }

    private static async Task<InteractionState> ConfigureAsync(TestBot bot, ulong userId, ulong channelId, string time, string zone, bool thread = false)
    {
        var options = new JsonArray(
            new JsonObject { ["type"] = 7, ["name"] = "channel", ["value"] = channelId.ToString(CultureInfo.InvariantCulture) },
            new JsonObject { ["type"] = 3, ["name"] = "time", ["value"] = time },
            new JsonObject { ["type"] = 3, ["name"] = "timezone", ["value"] = zone });
        if (thread)
        {
            options.Add(new JsonObject { ["type"] = 5, ["name"] = "thread", ["value"] = true });
        }

        var command = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = "reflection-channel", ["options"] = options });
        return await bot.WaitForAnswerAsync(await bot.RunCommandAsync("config", userId, bot.Discord.World.General.Id, command));
    }

    private static string Content(InteractionState state) => state.InitialResponse!.Data!["content"]!.GetValue<string>();

    private static GuildReflectionRepository Repository(TestBot bot) => bot.Host!.Services.GetRequiredService<GuildReflectionRepository>();
}

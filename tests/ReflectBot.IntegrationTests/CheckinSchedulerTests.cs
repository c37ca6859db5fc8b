using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Checkins;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.Scheduling;
using Xunit.Abstractions;

namespace ReflectBot.IntegrationTests;

/// <summary>The scheduler against the local Discord: fan-out under the real rate limit, a stop halfway, closed DMs.</summary>
public sealed class CheckinSchedulerTests(ITestOutputHelper output)
{
    private const string MessagesRoute = "/channels/{channel_id}/messages";
    private static readonly TimeSpan FanOutPatience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_thousand_due_checkins_each_arrive_exactly_once_even_when_the_bot_is_stopped_halfway()
    {
        const int Users = 1000;
        await using var bot = await TestBot.StartAsync(discord => discord.GeneratedMembers = Users);
        var members = bot.Discord.World.GeneratedMembers;
        var now = DateTimeOffset.UtcNow;
        var repository = Repository(bot);
        foreach (var member in members)
        {
            // As if each had run /checkin start earlier: subscribed, DM channel known, due a minute ago.
            await repository.SubscribeAsync(member.Id, new TimeOnly(9, 0), "UTC", now.AddMinutes(-1), now.AddDays(7), now.AddDays(-1), CancellationToken.None);
            await repository.SetDmChannelAsync(member.Id, member.DmChannelId, CancellationToken.None);
        }

        var started = DateTimeOffset.UtcNow;
        Wake(bot);
        var firstHalf = await bot.Control.WaitForRequestsAsync("POST", MessagesRoute, Users / 2, FanOutPatience, CancellationToken.None);
        await bot.StopHostAsync();
        var atStop = (await bot.Control.GetDirectMessageCountsAsync(CancellationToken.None)).Count;
        var halfTime = firstHalf.Requests[(Users / 2) - 1].CompletedAt - started;

        await bot.StartHostAsync();
        Wake(bot);
        await WaitUntilAsync(async () => (await bot.Control.GetDirectMessageCountsAsync(CancellationToken.None)).Count >= Users);
        await WaitUntilAsync(async () => await CountAsync(bot, "SELECT count(*) FROM checkin_deliveries WHERE state = 'pending'") == 0);

        var counts = await bot.Control.GetDirectMessageCountsAsync(CancellationToken.None);
        Assert.Equal(Users, members.Count(m => counts.TryGetValue(m.Id, out var count) && count == 1));
        Assert.Equal(Users, await CountAsync(bot, "SELECT count(*) FROM checkin_deliveries WHERE state = 'sent'"));
        var rate = (Users / 2) / halfTime.TotalSeconds;
        var posts = await bot.Control.WaitForRequestsAsync("POST", MessagesRoute, Users, TestBot.Patience, CancellationToken.None);
        output.WriteLine($"{atStop} people had their DM when the bot stopped; {posts.Requests.Count} message requests in all for {Users} DMs (retries answered by nonce)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First {Users / 2} DMs in {halfTime.TotalSeconds:F1} s: {rate:F1} DMs/s against a 50 requests/s global limit"));
        Assert.True(rate > 25, $"The scheduler sent only {rate:F1} DMs/s.");
    }

    [Fact]
    public async Task Three_failed_dms_in_a_row_mark_the_user_unreachable_and_their_next_command_says_why()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var noor = bot.Discord.World.MemberWithClosedDms;
        var repository = Repository(bot);
        await repository.SubscribeAsync(noor.Id, new TimeOnly(8, 0), "UTC", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddDays(7), clock.GetUtcNow(), CancellationToken.None);

        var failures = new List<int>();
        for (var day = 0; day < 3; day++)
        {
            if (day == 0)
            {
                Wake(bot);
            }
            else
            {
                // Let the clock reach the next check-in, tomorrow at 08:00.
                clock.SetUtcNow((await repository.GetAsync(noor.Id, CancellationToken.None))!.NextDueAt!.Value);
            }

            var expected = $"({day + 1} in a row;";
            await bot.Logs.WaitForAsync(log => log.Message.Contains(expected, StringComparison.Ordinal), TestBot.Patience);
            failures.Add((await repository.GetAsync(noor.Id, CancellationToken.None))!.ConsecutiveFailures);
        }

        var stored = (await repository.GetAsync(noor.Id, CancellationToken.None))!;
        Assert.Equal([1, 2, 3], failures);
        Assert.Equal(CheckinStatus.Unreachable, stored.Status);
        Assert.Null(stored.NextDueAt);

        await bot.WaitForAnswerAsync(await bot.RunCommandAsync("about", noor.Id, bot.Discord.World.General.Id));
        var answered = await bot.Control.WaitForRequestsAsync("POST", "/webhooks/{application_id}/{interaction_token}", 1, TestBot.Patience, CancellationToken.None);
        var notice = answered.Requests.Single().Body!["content"]!.GetValue<string>();
        Assert.Contains("three times in a row", notice, StringComparison.Ordinal);
        Assert.Contains("/checkin resume", notice, StringComparison.Ordinal);
        Assert.False(await repository.TakeUnreachableNoticeAsync(noor.Id, CancellationToken.None));
    }

    private static CheckinRepository Repository(TestBot bot) => bot.Host!.Services.GetRequiredService<CheckinRepository>();

    private static void Wake(TestBot bot) => bot.Host!.Services.GetRequiredService<SchedulerSignal>().Wake();

    private static async Task<long> CountAsync(TestBot bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Checks a condition whenever the bot may have moved on, up to a generous deadline.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(FanOutPatience);
        while (!await condition())
        {

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }
}

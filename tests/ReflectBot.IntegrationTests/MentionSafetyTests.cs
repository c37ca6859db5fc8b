using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Data.Checkins;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests;

/// <summary>
/// Text someone wrote is shown back as written and pings nobody, wherever the bot repeats it.
/// Shared results and cards: QuizTests.Sharing_posts_one_public_summary_without_answers_and_only_once_per_channel,
/// CardTests.A_moderators_share_posts_one_embed_with_the_quiz_and_more_buttons_and_confirms_privately;
/// forms handed back: RouterTests.A_form_that_can_no_longer_be_saved_gives_back_what_was_typed.
/// </summary>
public sealed class MentionSafetyTests
{
    [Fact]
    public async Task A_reflection_full_of_mentions_and_markdown_pings_nobody_in_the_journal_or_the_weekly_summary()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero));
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var world = bot.Discord.World;
        var ada = world.Member;
        var role = world.ModeratorRole.Id;
        var hostile = $"@everyone <@&{role}> <@{world.Owner.Id}> @here **x**";
        var driver = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await driver.StartAsync("08:00", "UTC");
        var checkin = await driver.LatestCheckinAsync();
        await driver.ClickAsync(checkin, "4 · ");
        var form = await driver.ClickAsync(checkin, "Write a reflection");
        var saved = await driver.SubmitReflectionAsync(form.InitialResponse!.Data!["custom_id"]!.GetValue<string>(), hostile);
        Assert.Contains("Saved your reflection", CheckinDriver.Content(saved), StringComparison.Ordinal);

        var journal = await driver.RunAsync("journal");
        var shown = journal.InitialResponse!.Data!["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.Contains($@"\@everyone \<\@&{role}\> \<\@{world.Owner.Id}\> \@here \*\*x\*\*", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(hostile, shown, StringComparison.Ordinal);

        var next = (await bot.Host!.Services.GetRequiredService<CheckinRepository>().GetAsync(ada.Id, CancellationToken.None))!.NextSummaryAt!.Value;
        bot.SetClockAndWakeScheduler(clock, next);
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith("Scheduler job weekly summaries handled", StringComparison.Ordinal), TestBot.Patience);

        var messages = await bot.Control.GetChannelMessagesAsync(ada.DmChannelId, CancellationToken.None);
        var summary = Assert.Single(messages, m => m.InteractionId is null
            && m.Message["embeds"]?.AsArray().FirstOrDefault()?["title"]?.GetValue<string>().StartsWith("Your week", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(hostile, summary.Message.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(messages, m => m.InteractionId == journal.Id);
        Assert.All(messages, AssertPingsNobody);
    }

    private static void AssertPingsNobody(LocalMessage message)
    {
        Assert.False(message.MentionsEveryone, message.Message.ToJsonString());
        Assert.Empty(message.MentionedRoleIds);
        Assert.Empty(message.MentionedUserIds);
    }
}

using System.Globalization;
using ReflectBot.IntegrationTests.Support;
using SkiaSharp;

namespace ReflectBot.IntegrationTests;

/// <summary>/quiz through the local Discord: clicks, restarts, two people at once, and clicks that must not count.</summary>
public sealed class QuizTests
{
    private const string AgreeStrongly = "Strongly agree";
    private const string DisagreeStrongly = "Strongly disagree";

    [Fact]
    public async Task A_short_quiz_answered_by_clicks_shows_a_private_result_at_once_then_adds_an_800_pixel_picture()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);

        var started = await quiz.StartAsync("short");
        Assert.Equal(64, started.InitialResponse!.Data!["flags"]!.GetValue<int>() & 64);
        Assert.Equal("Attachment quiz · 1 of 12", quiz.Title);
        var result = await quiz.AnswerAllAsync(_ => AgreeStrongly);

        Assert.True(result.AnsweredInTime);
        Assert.StartsWith("Your answers lean toward", quiz.Title, StringComparison.Ordinal);
        Assert.Null(quiz.Shown!["embeds"]![0]!["image"]);
        await bot.Control.WaitForRequestsAsync("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/{message_id}", 1,
            TestBot.Patience, CancellationToken.None);
        var withPicture = await bot.Control.GetInteractionAsync(result.Id, CancellationToken.None);
        Assert.Equal("attachment://quiz-result.png", withPicture.OriginalMessage!["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        var attachment = withPicture.OriginalMessage!["attachments"]![0]!;
        var png = await bot.Control.GetAttachmentAsync(ulong.Parse(attachment["id"]!.GetValue<string>(), CultureInfo.InvariantCulture), CancellationToken.None);
        using var picture = SKBitmap.Decode(png);
        Assert.Equal(800, picture.Width);
        Assert.Equal(800, picture.Height);
        Assert.Contains("/help", quiz.Shown!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quiz_resumes_at_the_same_item_after_the_bot_restarts()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("full");
        for (var i = 0; i < 3; i++)
        {
            await quiz.ClickAsync(AgreeStrongly);
        }

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        await bot.Control.WaitForGatewayAsync("ready", 2, TestBot.Patience, CancellationToken.None);
        var resumed = await quiz.StartAsync();

        Assert.Equal("Attachment quiz · 4 of 24", quiz.Title);
        Assert.Contains("Welcome back", resumed.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_taking_the_quiz_at_once_get_their_own_results()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        var mira = new QuizDriver(bot, bot.Discord.World.Moderator.Id, bot.Discord.World.General.Id);
        await Task.WhenAll(ada.StartAsync("short"), mira.StartAsync("short"));

        await Task.WhenAll(ada.AnswerAllAsync(_ => AgreeStrongly), mira.AnswerAllAsync(_ => DisagreeStrongly));

        Assert.Equal("Your answers lean toward: Fearful-avoidant", ada.Title);
        Assert.Equal("Your answers lean toward: Secure", mira.Title);
    }

    [Fact]
    public async Task Another_persons_click_is_refused_privately_and_counts_for_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");
        var answerId = quiz.ButtonId(AgreeStrongly);

        var intruder = await quiz.ClickIdAsync(answerId, clicker: bot.Discord.World.Moderator.Id);

        Assert.Equal(4, intruder.InitialResponse!.Type);
        Assert.Contains("belongs to someone else", intruder.InitialResponse.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await quiz.ClickIdAsync(answerId);
        Assert.Equal("Attachment quiz · 2 of 12", quiz.Title);
    }

    [Fact]
    public async Task A_double_click_counts_once()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");
        var answerId = quiz.ButtonId(AgreeStrongly);

        await quiz.ClickIdAsync(answerId);
        var second = await quiz.ClickIdAsync(answerId);

        Assert.Equal("Attachment quiz · 2 of 12", quiz.Title);
        Assert.Contains("earlier step", second.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var counted = await quiz.ClickAsync(AgreeStrongly);
        Assert.Equal("Attachment quiz · 3 of 12", quiz.Title);
        Assert.Equal("", counted.InitialResponse!.Data!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Taking_the_quiz_from_a_shared_result_never_wipes_a_quiz_in_progress()
    {
        await using var bot = await TestBot.StartAsync();
        var sharer = new QuizDriver(bot, bot.Discord.World.Moderator.Id, bot.Discord.World.General.Id);
        await sharer.StartAsync("short");
        await sharer.AnswerAllAsync(_ => AgreeStrongly);
        var ada = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await ada.StartAsync("full");
        await ada.ClickAsync(AgreeStrongly);

        var fromShare = await ada.ClickIdAsync("quiz:take");

        Assert.Equal("Attachment quiz · 2 of 24", fromShare.InitialResponse!.Data!["embeds"]![0]!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("quiz:a:{user}:1:9")]
    [InlineData("quiz:a:{user}:not-a-version:3")]
    [InlineData("quiz:a:someone")]
    [InlineData("quiz:zz:{user}:1")]
    public async Task A_tampered_button_gets_a_kind_answer_and_changes_nothing(string template)
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");

        var tampered = await quiz.ClickIdAsync(template.Replace("{user}", bot.Discord.World.Member.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.True(tampered.AnsweredInTime);
        Assert.Equal(64, tampered.InitialResponse!.Data!["flags"]!.GetValue<int>() & 64);
        Assert.Equal("Attachment quiz · 1 of 12", quiz.Title);
    }

    [Fact]
    public async Task Back_returns_to_the_previous_statement_and_stop_ends_the_quiz()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");
        await quiz.ClickAsync(AgreeStrongly);
        await quiz.ClickAsync(AgreeStrongly);

        await quiz.ClickAsync("Back");
        Assert.Equal("Attachment quiz · 2 of 12", quiz.Title);
        var staleAnswer = quiz.ButtonId(AgreeStrongly);
        await quiz.ClickAsync("Stop");
        var afterStop = await quiz.ClickIdAsync(staleAnswer);

        Assert.Contains("ended or was stopped", afterStop.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sharing_posts_one_public_summary_without_answers_and_only_once_per_channel()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => DisagreeStrongly);
        var shareId = quiz.ButtonId("Share to channel");

        var first = await quiz.ClickIdAsync(shareId);
        await bot.Control.WaitForRequestsAsync("POST", "/webhooks/*", 2, TestBot.Patience, CancellationToken.None);
        var again = await quiz.ClickIdAsync(shareId);

        var messages = await bot.Control.GetChannelMessagesAsync(bot.Discord.World.General.Id, CancellationToken.None);
        var shared = Assert.Single(messages, m => !m.Ephemeral);
        var text = shared.Message.ToJsonString();
        Assert.Contains("lean toward", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strongly", text, StringComparison.Ordinal);
        Assert.False(shared.MentionsEveryone);
        Assert.Empty(shared.MentionedUserIds);
        Assert.Empty(shared.MentionedRoleIds);
        Assert.Contains("already shared", again.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_lists_past_results_with_the_change_between_them()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => DisagreeStrongly);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => AgreeStrongly);

        var history = await bot.WaitForAnswerAsync(await bot.RunCommandAsync(
            "quiz", bot.Discord.World.Member.Id, bot.Discord.World.General.Id,
            new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["name"] = "history", ["type"] = 1 })));

        var description = history.InitialResponse!.Data!["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.Equal(2, description.Split('\n').Length);
        Assert.Contains("since the one before: anxiety +2.0, avoidance +2.0", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sharing_is_refused_where_the_bot_may_not_post()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, bot.Discord.World.Announcements.Id);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => AgreeStrongly);

        var refused = await quiz.ClickAsync("Share to channel");

        Assert.Contains("can't post in this channel", refused.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var messages = await bot.Control.GetChannelMessagesAsync(bot.Discord.World.Announcements.Id, CancellationToken.None);
        Assert.DoesNotContain(messages, m => !m.Ephemeral);
    }

    [Fact]
    public async Task The_quiz_works_in_a_dm_with_the_bot()
    {
        await using var bot = await TestBot.StartAsync();
        var quiz = new QuizDriver(bot, bot.Discord.World.Member.Id, channelId: null);

        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => DisagreeStrongly);

        Assert.Equal("Your answers lean toward: Secure", quiz.Title);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReflectBot.Commands.Checkins;
using ReflectBot.Commands.Grounding;
using ReflectBot.Commands.Quiz;
using ReflectBot.Data.Checkins;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.Interactions;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests;

/// <summary>
/// One person can never change or continue another's data by sending the other's ids, as a tampered
/// client could. Quiz: QuizTests.Another_persons_click_is_refused_privately_and_counts_for_nothing;
/// card buttons: CardTests.Show_me_more_answers_another_user_privately_with_the_related_cards.
/// </summary>
public sealed class OwnershipTests
{
    private const int Ephemeral = 64;

    [Theory]
    [InlineData("1 · ")]
    [InlineData("Skip today")]
    [InlineData("Write a reflection")]
    public async Task Someone_elses_checkin_button_is_refused_privately_and_changes_nothing(string labelStart)
    {
        await using var bot = await TestBot.StartAsync();
        var (ada, ben) = (bot.Discord.World.Member, bot.Discord.World.Moderator);
        var adas = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await adas.StartAsync("21:00", "Europe/Berlin");
        var adasCheckin = await adas.LatestCheckinAsync();
        await adas.ClickAsync(adasCheckin, "4 · ");
        var before = await EntriesAsync(bot, ada.Id);
        var bens = new CheckinDriver(bot, ben.Id, ben.DmChannelId);
        await bens.StartAsync("08:00", "Europe/Berlin");
        var bensCheckin = await bens.LatestCheckinAsync();

        var refused = await ClickWithIdAsync(bot, ben.Id, ben.DmChannelId, bensCheckin, CheckinDriver.ButtonId(adasCheckin, labelStart));

        AssertRefusedPrivately(refused, CheckinTexts.ButtonNotYours);
        Assert.Equivalent(before, await EntriesAsync(bot, ada.Id));
        Assert.Empty(await EntriesAsync(bot, ben.Id));
    }

    [Fact]
    public async Task Someone_elses_reflection_form_submitted_is_refused_privately_and_stores_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var (ada, ben) = (bot.Discord.World.Member, bot.Discord.World.Moderator);
        var adas = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await adas.StartAsync("21:00", "Europe/Berlin");
        var form = await adas.ClickAsync(await adas.LatestCheckinAsync(), "Write a reflection");
        var adasFormId = form.InitialResponse!.Data!["custom_id"]!.GetValue<string>();
        var bens = new CheckinDriver(bot, ben.Id, ben.DmChannelId);

        var refused = await bens.SubmitReflectionAsync(adasFormId, "Words that are not Ada's.");

        Assert.Contains(CheckinTexts.ButtonNotYours, CheckinDriver.Content(refused), StringComparison.Ordinal);
        Assert.Equal(Ephemeral, refused.InitialResponse!.Data!["flags"]!.GetValue<int>() & Ephemeral);
        Assert.Empty(await EntriesAsync(bot, ada.Id));
        Assert.Empty(await EntriesAsync(bot, ben.Id));
    }

    [Theory]
    [InlineData(GroundingCustomIds.Next)]
    [InlineData(GroundingCustomIds.Pause)]
    [InlineData(GroundingCustomIds.Resume)]
    [InlineData(GroundingCustomIds.Stop)]
    [InlineData(GroundingCustomIds.Before)]
    [InlineData(GroundingCustomIds.SkipBefore)]
    [InlineData(GroundingCustomIds.After)]
    [InlineData(GroundingCustomIds.SkipAfter)]
    public async Task Someone_elses_grounding_button_is_refused_privately_and_the_session_is_untouched(string action)
    {
        await using var bot = await TestBot.StartAsync();
        var (ada, ben) = (bot.Discord.World.Member, bot.Discord.World.Moderator.Id);
        var driver = new GroundingDriver(bot, ada.Id, bot.Discord.World.General.Id);
        await driver.StartAsync("hand-on-heart");
        Assert.True(CustomId.TryParse(driver.ButtonId("5"), out var rateFive));
        Assert.True(GroundingCustomIds.TryReadNumber(rateFive, 1, out var session));
        var before = await SessionAsync(bot);

        var customId = action switch
        {
            GroundingCustomIds.Next => GroundingCustomIds.ForNext(session, 1),
            GroundingCustomIds.Pause => GroundingCustomIds.ForPause(session),
            GroundingCustomIds.Resume => GroundingCustomIds.ForResume(session, 0),
            GroundingCustomIds.Stop => GroundingCustomIds.ForStop(session),
            GroundingCustomIds.Before => GroundingCustomIds.ForBefore(session, 9),
            GroundingCustomIds.SkipBefore => GroundingCustomIds.ForSkipBefore(session),
            GroundingCustomIds.After => GroundingCustomIds.ForAfter(session, 9),
            _ => GroundingCustomIds.ForSkipAfter(session),
        };
        var refused = await driver.ClickIdAsync(customId, clicker: ben);

        AssertRefusedPrivately(refused, GroundingTexts.NotYours);
        Assert.Equal(before, await SessionAsync(bot));
        Assert.Equal(("running", (long?)null, (long?)null), before);
    }

    [Fact]
    public async Task A_share_button_rewritten_to_name_oneself_with_someone_elses_result_shares_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var (ada, ben) = (bot.Discord.World.Member.Id, bot.Discord.World.Moderator.Id);
        var quiz = new QuizDriver(bot, ada, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => "Strongly agree");
        Assert.True(CustomId.TryParse(quiz.ButtonId("Share to channel"), out var adasShare));
        Assert.True(QuizCustomIds.TryReadNumber(adasShare, 2, out var adasResult));

        var asOwner = await quiz.ClickIdAsync(QuizCustomIds.ForShare(ben, adasResult), clicker: ben);
        var asAda = await quiz.ClickIdAsync(adasShare.ToString(), clicker: ben);

        AssertRefusedPrivately(asOwner, QuizTexts.ResultGone);
        AssertRefusedPrivately(asAda, QuizTexts.NotYourResult);
        var messages = await bot.Control.GetChannelMessagesAsync(bot.Discord.World.General.Id, CancellationToken.None);
        Assert.DoesNotContain(messages, m => !m.Ephemeral);
    }

    private static void AssertRefusedPrivately(InteractionState answer, string text)
    {
        Assert.Equal(4, answer.InitialResponse!.Type);
        var data = answer.InitialResponse.Data!;
        Assert.Equal(Ephemeral, data["flags"]!.GetValue<int>() & Ephemeral);
        Assert.Contains(text, data["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<InteractionState> ClickWithIdAsync(TestBot bot, ulong userId, ulong channelId, JsonNode message, string customId)
        => await bot.WaitForAnswerAsync(await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = userId,
            ChannelId = channelId,
            MessageId = ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            Data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
        }, CancellationToken.None));

    private static Task<IReadOnlyList<StoredEntry>> EntriesAsync(TestBot bot, ulong userId)
        => bot.Host!.Services.GetRequiredService<CheckinRepository>().GetEntriesAsync(userId, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None);

    private static async Task<(string State, long? Before, long? After)> SessionAsync(TestBot bot)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        return await connection.QuerySingleAsync<(string, long?, long?)>("SELECT state, before_rating, after_rating FROM grounding_sessions;");
    }
}

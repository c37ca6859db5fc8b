using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Commands.Grounding;
using ReflectBot.Commands.Privacy;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Protection;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>/privacy and /mydata against the local Discord: what people are told, what they get, and what deleting leaves.</summary>
public sealed class PrivacyTests
{
    private const int Ephemeral = 64;
    private const string Reflection = "I noticed I go quiet when Sam is late, and that is fine.";

    [Fact]
    public async Task Privacy_says_how_long_this_bot_keeps_moods_and_that_it_encrypts_when_a_key_is_set()
    {
        await using var bot = await TestBot.StartAsync(settings: new() { ["Storage:EncryptionKey"] = NewKey(), ["Storage:RetentionDays"] = "30" });

        var answer = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("privacy", bot.Discord.World.Member.Id, null));

        var settings = SettingsField(answer);
        Assert.Equal(Ephemeral, answer.InitialResponse!.Data!["flags"]!.GetValue<int>() & Ephemeral);
        Assert.Contains("removed after 30 days", settings, StringComparison.Ordinal);
        Assert.Contains(PrivacyTexts.Encrypted, settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_without_key_or_retention_says_text_is_in_clear_and_kept_until_deleted()
    {
        await using var bot = await TestBot.StartAsync();

        var answer = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("privacy", bot.Discord.World.Member.Id, null));

        var settings = SettingsField(answer);
        Assert.Contains(PrivacyTexts.KeptUntilDeleted, settings, StringComparison.Ordinal);
        Assert.Contains("stored in clear text", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_with_a_key_holds_the_reflection_and_quiz_answers_readable_in_a_dated_file()
    {
        await using var bot = await TestBot.StartAsync(settings: new() { ["Storage:EncryptionKey"] = NewKey() });
        var ada = bot.Discord.World.Member;
        await WriteReflectionAsync(bot, ada.Id, ada.DmChannelId, Reflection);
        var quiz = new QuizDriver(bot, ada.Id, null);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => "Strongly agree");
        var mydata = new MyDataDriver(bot, ada.Id, null);

        var answer = await mydata.ExportAsync();

        var (name, bytes) = await mydata.AttachmentAsync(answer);
        var json = JsonNode.Parse(bytes)!;
        var storedAnswers = await ScalarAsync<string>(bot, "SELECT answers FROM quiz_results LIMIT 1;");
        var exportedAnswers = json["tables"]!["quiz_results"]![0]!["answers"]!.GetValue<string>();
        var exportedAt = DateTimeOffset.Parse(json["exported_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"reflectbot-data-{exportedAt.UtcDateTime:yyyy-MM-dd}.json", name);
        Assert.Contains(json["tables"]!["checkin_entries"]!.AsArray(), row => row!["text"]?.GetValue<string>() == Reflection);
        Assert.StartsWith(TextSealer.Prefix, storedAnswers, StringComparison.Ordinal);
        Assert.False(TextSealer.IsSealed(exportedAnswers));
        Assert.NotEmpty(exportedAnswers);
        Assert.Contains("1 mood or reflection", MyDataDriver.Content(answer), StringComparison.Ordinal);
        Assert.Contains("docs/data-export.md", MyDataDriver.Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_for_someone_with_nothing_stored_says_so_and_sends_no_file()
    {
        await using var bot = await TestBot.StartAsync();
        var mydata = new MyDataDriver(bot, bot.Discord.World.Moderator.Id, null);

        var answer = await mydata.ExportAsync();

        Assert.Equal(PrivacyTexts.NothingStored, MyDataDriver.Content(answer));
        Assert.Empty(answer.InitialResponse!.Data!["attachments"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task Delete_clicked_by_someone_else_is_refused_and_deletes_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var (ada, ben) = (bot.Discord.World.Member, bot.Discord.World.Moderator);
        await WriteReflectionAsync(bot, ada.Id, ada.DmChannelId, Reflection);
        // In a server channel, where another member could see the message id and send a click for it.
        var mydata = new MyDataDriver(bot, ada.Id, bot.Discord.World.General.Id);
        await mydata.OfferDeleteAsync();
        var before = await OwnedRowCountAsync(bot, ada.Id);

        var refused = await mydata.ClickAsync(PrivacyTexts.DeleteButton, clicker: ben.Id);

        Assert.Equal(4, refused.InitialResponse!.Type);
        Assert.Equal(PrivacyTexts.NotYours, MyDataDriver.Content(refused));
        Assert.True(before > 1);
        Assert.Equal(before, await OwnedRowCountAsync(bot, ada.Id));
    }

    [Fact]
    public async Task Delete_confirmed_leaves_no_row_with_their_id_in_any_table_and_says_what_went()
    {
        await using var bot = await TestBot.StartAsync(settings: new() { ["Storage:EncryptionKey"] = NewKey() });
        var (ada, ben) = (bot.Discord.World.Member, bot.Discord.World.Moderator);
        await WriteReflectionAsync(bot, ada.Id, ada.DmChannelId, Reflection);
        await WriteReflectionAsync(bot, ben.Id, ben.DmChannelId, "Ben's own words.");
        var quiz = new QuizDriver(bot, ada.Id, null);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => "Strongly agree");
        var bensRows = await OwnedRowCountAsync(bot, ben.Id);
        var mydata = new MyDataDriver(bot, ada.Id, null);
        await mydata.OfferDeleteAsync();

        var done = await mydata.ClickAsync(PrivacyTexts.DeleteButton);

        var text = MyDataDriver.Content(done);
        Assert.Equal(7, done.InitialResponse!.Type);
        Assert.Equal(0, await OwnedRowCountAsync(bot, ada.Id));
        Assert.Equal(bensRows, await OwnedRowCountAsync(bot, ben.Id));
        Assert.Contains("1 mood or reflection", text, StringComparison.Ordinal);
        Assert.Contains("1 quiz result", text, StringComparison.Ordinal);
        Assert.Contains("cannot be undone", text, StringComparison.Ordinal);
        Assert.Empty(done.InitialResponse.Data!["components"]!.AsArray());
    }

    [Fact]
    public async Task Delete_takes_down_the_quiz_results_they_shared_in_channels()
    {
        await using var bot = await TestBot.StartAsync();
        var (ada, general) = (bot.Discord.World.Member, bot.Discord.World.General.Id);
        var quiz = new QuizDriver(bot, ada.Id, general);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => "Strongly agree");
        await quiz.ClickIdAsync(quiz.ButtonId("Share to channel"));
        await bot.Control.WaitForRequestsAsync("POST", "/webhooks/*", 2, TestBot.Patience, CancellationToken.None);
        Assert.Single(await bot.Control.GetChannelMessagesAsync(general, CancellationToken.None), m => !m.Ephemeral);
        var mydata = new MyDataDriver(bot, ada.Id, null);
        await mydata.OfferDeleteAsync();

        var done = await mydata.ClickAsync(PrivacyTexts.DeleteButton);

        Assert.Contains("1 quiz result(s) you had shared in channels were taken down", MyDataDriver.Content(done), StringComparison.Ordinal);
        Assert.DoesNotContain(await bot.Control.GetChannelMessagesAsync(general, CancellationToken.None), m => !m.Ephemeral);
        Assert.Equal(0, await OwnedRowCountAsync(bot, ada.Id));
    }

    [Fact]
    public async Task After_delete_the_checkin_scheduler_sends_them_nothing_while_others_still_get_theirs()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var (ada, ben) = (bot.Discord.World.Member, bot.Discord.World.Moderator);
        var adas = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        var bens = new CheckinDriver(bot, ben.Id, ben.DmChannelId);
        await adas.StartAsync("09:00", "UTC");
        await bens.StartAsync("09:00", "UTC");
        var mydata = new MyDataDriver(bot, ada.Id, null);
        await mydata.OfferDeleteAsync();
        await mydata.ClickAsync(PrivacyTexts.DeleteButton);
        var adasBefore = (await adas.DirectMessagesAsync()).Count;
        var bensBefore = (await bens.DirectMessagesAsync()).Count;

        var bensNext = (await bot.Host!.Services.GetRequiredService<CheckinRepository>().GetAsync(ben.Id, CancellationToken.None))!.NextDueAt!.Value;
        bot.SetClockAndWakeScheduler(clock, bensNext);
        await WaitUntilAsync(async () => (await bens.DirectMessagesAsync()).Count > bensBefore);
        // The round that sent Ben's check-in is over once it is logged; any claim for Ada would have been made in it.
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith("Scheduler job daily check-ins handled", StringComparison.Ordinal)
            && !log.Message.StartsWith("Scheduler job daily check-ins handled 0 ", StringComparison.Ordinal), TestBot.Patience);

        Assert.Equal(adasBefore, (await adas.DirectMessagesAsync()).Count);
        Assert.Equal(0, await ScalarAsync<long>(bot, $"SELECT COUNT(*) FROM checkin_deliveries WHERE user_id = '{ada.Id}';"));
    }

    [Fact]
    public async Task A_confirmation_older_than_ten_minutes_is_refused_kindly_and_deletes_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        await WriteReflectionAsync(bot, ada.Id, ada.DmChannelId, Reflection);
        var mydata = new MyDataDriver(bot, ada.Id, null);
        await mydata.OfferDeleteAsync();
        var before = await OwnedRowCountAsync(bot, ada.Id);
        var offered = DateTimeOffset.UtcNow - MyDataDeletion.ConfirmationLifetime - TimeSpan.FromMinutes(1);

        var late = await mydata.ClickIdAsync(MyDataCustomIds.For(MyDataCustomIds.Confirm, ada.Id, offered));

        Assert.Equal(PrivacyTexts.Expired, MyDataDriver.Content(late));
        Assert.Contains("/mydata delete again", PrivacyTexts.Expired, StringComparison.Ordinal);
        Assert.Equal(before, await OwnedRowCountAsync(bot, ada.Id));
    }

    [Fact]
    public async Task A_paced_exercise_running_when_its_owner_deletes_their_data_stops_without_another_edit()
    {
        var clock = new WatchedClock();
        await using var bot = await TestBot.StartAsync(configureHost: host => host.Services.AddSingleton<TimeProvider>(clock));
        var ada = bot.Discord.World.Member;
        var grounding = new GroundingDriver(bot, ada.Id, bot.Discord.World.General.Id);
        await grounding.StartAsync("box-breathing");
        var begun = await grounding.ClickAsync("Skip rating");
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(4));
        clock.Advance(TimeSpan.FromSeconds(4));
        await grounding.WaitForEditsAsync(begun.Id, 1);
        var mydata = new MyDataDriver(bot, ada.Id, bot.Discord.World.General.Id);
        await mydata.OfferDeleteAsync();
        await mydata.ClickAsync(PrivacyTexts.DeleteButton);

        await clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(4));
        await bot.Logs.WaitForAsync(log => log.Message.Contains("no longer exists; its timer stops", StringComparison.Ordinal), TestBot.Patience);

        Assert.Single(await grounding.TokenEditsAsync(begun.Id));
        var timers = bot.Host!.Services.GetRequiredService<GroundingTimers>();
        await WaitUntilAsync(() => Task.FromResult(timers.Count == 0));
        Assert.DoesNotContain(bot.Logs.Entries, log => log.Level >= Microsoft.Extensions.Logging.LogLevel.Warning && log.Category.Contains("Grounding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_deletes_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        await WriteReflectionAsync(bot, ada.Id, ada.DmChannelId, Reflection);
        var mydata = new MyDataDriver(bot, ada.Id, null);
        await mydata.OfferDeleteAsync();
        var before = await OwnedRowCountAsync(bot, ada.Id);

        var cancelled = await mydata.ClickAsync(PrivacyTexts.CancelButton);

        Assert.Equal(PrivacyTexts.Cancelled, MyDataDriver.Content(cancelled));
        Assert.Equal(before, await OwnedRowCountAsync(bot, ada.Id));
    }

    internal static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    internal static async Task WriteReflectionAsync(TestBot bot, ulong userId, ulong dmChannelId, string text)
    {
        var driver = new CheckinDriver(bot, userId, dmChannelId);
        await driver.StartAsync("21:00", "Europe/Berlin");
        var form = await driver.ClickAsync(await driver.LatestCheckinAsync(), "Write a reflection");
        await driver.SubmitReflectionAsync(form.InitialResponse!.Data!["custom_id"]!.GetValue<string>(), text);
    }

    /// <summary>Rows holding the id in every table with a user_id column, found by walking the schema as the bot does.</summary>
    internal static async Task<long> OwnedRowCountAsync(TestBot bot, ulong userId)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        var tables = await connection.QueryAsync<string>("""
            SELECT t.name FROM sqlite_schema AS t
            WHERE t.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) AS c WHERE c.name = 'user_id');
            """);
        var total = 0L;
        foreach (var table in tables)
        {
            total += await connection.ExecuteScalarAsync<long>(
                $"SELECT count(*) FROM \"{table}\" WHERE user_id = @Id;", new { Id = userId.ToString(CultureInfo.InvariantCulture) });
        }

        return total;
    }

    internal static async Task<T?> ScalarAsync<T>(TestBot bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        return await connection.ExecuteScalarAsync<T>(sql);
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TestBot.Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true in time.");
            await Task.Delay(50);
        }
    }

    private static string SettingsField(LocalDiscord.Control.InteractionState answer)
    {
        var fields = answer.InitialResponse!.Data!["embeds"]![0]!["fields"]!.AsArray();
        var settings = fields.Single(f => f!["name"]!.GetValue<string>() == PrivacyTexts.SettingsHeading)!;
        return settings["value"]!.GetValue<string>();
    }
}

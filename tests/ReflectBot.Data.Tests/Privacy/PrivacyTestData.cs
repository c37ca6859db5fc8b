using System.Security.Cryptography;
using ReflectBot.Data.Cards;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Grounding;
using ReflectBot.Data.Quiz;
using ReflectBot.Data.Reflection;
using ReflectBot.Data.Safety;
using ReflectBot.Data.Tests.Checkins;
using ReflectBot.Data.Tests.Quiz;

namespace ReflectBot.Data.Tests.Privacy;

/// <summary>People, servers and keys for the privacy tests, and a way to give someone data in every feature.</summary>
internal static class PrivacyTestData
{
    public const ulong Ada = 1_213_098_916_577_411_094;
    public const ulong Ben = 1_213_098_916_577_411_095;
    public const ulong Guild = 1_213_095_896_678_531_000;
    public const ulong OtherGuild = 1_213_095_896_678_531_001;
    public const ulong Channel = 1_213_095_896_678_531_082;
    public const string Reflection = "my very private words 12345";

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Gives the person rows in every per-person table: quiz, check-ins, grounding and a safety plan.</summary>
    public static async Task FillEveryFeatureAsync(this TempDatabase database, ulong userId)
    {
        var now = database.Time.GetUtcNow();
        var ct = CancellationToken.None;
        var quizzes = new QuizRepository(database.Connections, database.Sealer);
        var resultId = await quizzes.TakeQuizAsync(userId, now);
        Assert.True(await quizzes.RecordShareAsync(userId, resultId, Channel, 42, now, ct));
        await quizzes.StartAsync(userId, "short", QuizTestData.Items, Channel, Guild, now, ct);

        var checkins = new CheckinRepository(database.Connections, database.Sealer);
        var delivery = await checkins.SubscribeAndClaimAsync(userId, now);
        await checkins.RecordMoodAsync(userId, delivery.Id, CheckinTestData.Tomorrow, 4, "prompt-a", now, ct);
        await checkins.AddReflectionAsync(userId, delivery.Id, CheckinTestData.Tomorrow, "prompt-a", Reflection, now, ct);
        await checkins.RecordSkipAsync(userId, null, CheckinTestData.Today, now, ct);

        await new GroundingRepository(database.Connections).StartAsync(userId, "five-senses", now, ct);
        await new SafetyPlanRepository(database.Connections, database.Sealer).SaveAsync(
            userId, new SafetyPlanText("not sleeping", "a long walk", "my sister", "my cat"), now, ct);
    }

    /// <summary>Gives the server rows in every per-server table: prompt of the day, card settings and crisis resources.</summary>
    public static async Task FillEveryServerFeatureAsync(this TempDatabase database, ulong guildId)
    {
        var now = database.Time.GetUtcNow();
        var ct = CancellationToken.None;
        var reflections = new GuildReflectionRepository(database.Connections);
        await reflections.SetAsync(guildId, Channel, CheckinTestData.NineInTheMorning, CheckinTestData.Zone, true, CheckinTestData.DueTomorrow, now, ct);
        await reflections.ClaimAsync(
            new GuildPostClaim(guildId, CheckinTestData.DueTomorrow, CheckinTestData.Tomorrow, "prompt-a", 1, Channel, CheckinTestData.DueDayAfter, now), ct);
        await new CardSettingsRepository(database.Connections).SetMatureAllowedAsync(guildId, false, now, ct);
        await new GuildSafetyRepository(database.Connections).SetCrisisResourcesAsync(guildId, "Ask a moderator in #help.", now, ct);
    }
}

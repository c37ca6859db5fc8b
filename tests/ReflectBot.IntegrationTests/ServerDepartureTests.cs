using Microsoft.Extensions.DependencyInjection;
using ReflectBot.Data.Cards;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Reflection;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>GUILD_DELETE from the local Discord: a removal forgets the server's settings, an outage does not, and people's data stays.</summary>
public sealed class ServerDepartureTests
{
    [Fact]
    public async Task Removal_forgets_the_servers_settings_but_a_members_quiz_result_and_checkin_stay()
    {
        await using var bot = await TestBot.StartAsync();
        var member = bot.Discord.World.Member;
        await SetUpServerAsync(bot);
        var quiz = new QuizDriver(bot, member.Id, bot.Discord.World.General.Id);
        await quiz.StartAsync("short");
        await quiz.AnswerAllAsync(_ => "Strongly agree");
        await new CheckinDriver(bot, member.Id, member.DmChannelId).StartAsync("21:00", "Europe/Berlin");

        await bot.Control.RemoveBotFromGuildAsync(CancellationToken.None);
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith("Removed from server", StringComparison.Ordinal), TestBot.Patience);

        var guildId = bot.Discord.World.Guild.Id;
        Assert.Null(await Service<GuildReflectionRepository>(bot).GetAsync(guildId, CancellationToken.None));
        Assert.Null(await Service<CardSettingsRepository>(bot).GetAsync(guildId, CancellationToken.None));
        Assert.Equal(1, await PrivacyTests.ScalarAsync<long>(bot, $"SELECT count(*) FROM quiz_results WHERE user_id = '{member.Id}';"));
        Assert.NotNull(await Service<CheckinRepository>(bot).GetAsync(member.Id, CancellationToken.None));
    }

    [Fact]
    public async Task An_outage_keeps_the_servers_settings()
    {
        await using var bot = await TestBot.StartAsync();
        await SetUpServerAsync(bot);

        await bot.Control.StartGuildOutageAsync(CancellationToken.None);
        await bot.Logs.WaitForAsync(log => log.Message.Contains("is unavailable for now", StringComparison.Ordinal), TestBot.Patience);

        var guildId = bot.Discord.World.Guild.Id;
        Assert.NotNull(await Service<GuildReflectionRepository>(bot).GetAsync(guildId, CancellationToken.None));
        Assert.NotNull(await Service<CardSettingsRepository>(bot).GetAsync(guildId, CancellationToken.None));
        Assert.DoesNotContain(bot.Logs.Entries, log => log.Message.StartsWith("Removed from server", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_removal_while_the_bot_was_offline_is_noticed_on_the_next_ready()
    {
        await using var bot = await TestBot.StartAsync();
        await SetUpServerAsync(bot);
        var guildId = bot.Discord.World.Guild.Id;
        await bot.StopHostAsync();

        await bot.Control.RemoveBotFromGuildAsync(CancellationToken.None);
        await bot.StartHostAsync();
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith("READY lists 0 server(s); 1 stored", StringComparison.Ordinal), TestBot.Patience);

        Assert.Null(await Service<GuildReflectionRepository>(bot).GetAsync(guildId, CancellationToken.None));
        Assert.Null(await Service<CardSettingsRepository>(bot).GetAsync(guildId, CancellationToken.None));
    }

    [Fact]
    public async Task A_restart_while_still_in_the_server_keeps_its_settings()
    {
        await using var bot = await TestBot.StartAsync();
        await SetUpServerAsync(bot);
        var guildId = bot.Discord.World.Guild.Id;
        await bot.StopHostAsync();

        await bot.StartHostAsync();
        // Each host start captures its logs afresh, so this line is the restart's own.
        await bot.Logs.WaitForAsync(log => log.Message.StartsWith("READY lists 1 server(s); 0 stored", StringComparison.Ordinal), TestBot.Patience);

        Assert.NotNull(await Service<GuildReflectionRepository>(bot).GetAsync(guildId, CancellationToken.None));
        Assert.NotNull(await Service<CardSettingsRepository>(bot).GetAsync(guildId, CancellationToken.None));
    }

    private static async Task SetUpServerAsync(TestBot bot)
    {
        var (guildId, now) = (bot.Discord.World.Guild.Id, DateTimeOffset.UtcNow);
        await Service<GuildReflectionRepository>(bot).SetAsync(
            guildId, bot.Discord.World.General.Id, new TimeOnly(9, 0), "UTC", startThread: false, now.AddDays(1), now, CancellationToken.None);
        await Service<CardSettingsRepository>(bot).SetMatureAllowedAsync(guildId, true, now, CancellationToken.None);
    }

    private static T Service<T>(TestBot bot)
        where T : notnull => bot.Host!.Services.GetRequiredService<T>();
}

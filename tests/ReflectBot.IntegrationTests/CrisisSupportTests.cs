using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReflectBot.Commands.Grounding;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Safety;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>Crisis support after any form, through the local Discord: private, with the plan first, and never in the logs.</summary>
public sealed class CrisisSupportTests
{
    private const string CrisisReflection = "Rough week. Honestly some nights I want to end my life and I told nobody.";
    private const string DefaultResourcesMark = "https://findahelpline.com";
    private const string ServerResources = "Harbor Line, free and open all night: call 0800 555 010 or text HARBOR.";

    [Fact]
    public async Task A_crisis_reflection_is_saved_as_written_and_followed_privately_by_the_plan_a_grounding_button_and_resources()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var inDm = new SafetyDriver(bot, ada.Id, ada.DmChannelId);
        var checkins = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await inDm.SavePlanAsync("I stop answering my friends", "A walk by the river", "My sister Mia", "My cat @everyone **Miso**");
        await checkins.StartAsync("21:00", "Europe/Berlin");
        var checkin = await checkins.LatestCheckinAsync();
        var form = await checkins.ClickAsync(checkin, "Write a reflection");

        var saved = await checkins.SubmitReflectionAsync(form.InitialResponse!.Data!["custom_id"]!.GetValue<string>(), CrisisReflection);
        var after = await inDm.AfterCrisisCheckAsync(saved, SafetyDriver.Shown);

        Assert.Contains("Saved your reflection", CheckinDriver.Content(saved), StringComparison.Ordinal);
        var entries = await bot.Host!.Services.GetRequiredService<CheckinRepository>()
            .GetEntriesAsync(ada.Id, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None);
        Assert.Equal(CrisisReflection, Assert.Single(entries).Text);
        var support = Assert.Single(after.Followups);
        Assert.Equal(64, support["flags"]!.GetValue<int>() & 64);
        var embeds = support["embeds"]!.AsArray();
        Assert.Equal("Your safety plan", embeds[0]!["title"]!.GetValue<string>());
        var fields = embeds[0]!["fields"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()).ToList();
        Assert.Equal("I stop answering my friends", fields[0]);
        Assert.Equal("My cat \\@everyone \\*\\*Miso\\*\\*", fields[3]);
        var resources = embeds[1]!["description"]!.GetValue<string>();
        Assert.Contains(DefaultResourcesMark, resources, StringComparison.Ordinal);
        Assert.Contains("not a therapist", resources, StringComparison.Ordinal);
        Assert.Contains("cannot respond to an emergency", resources, StringComparison.Ordinal);

        var button = support["components"]![0]!["components"]![0]!;
        Assert.Equal("Start a grounding exercise", button["label"]!.GetValue<string>());
        var stored = (await bot.Control.GetChannelMessagesAsync(ada.DmChannelId, CancellationToken.None))
            .Single(m => m.Message["id"]!.GetValue<string>() == support["id"]!.GetValue<string>());
        Assert.True(stored.Ephemeral);
        var menu = await inDm.ClickAsync(support, button["custom_id"]!.GetValue<string>());
        Assert.Equal(GroundingTexts.Menu, menu.InitialResponse!.Data!["content"]!.GetValue<string>());
        Assert.NotEmpty(menu.InitialResponse.Data!["components"]!.AsArray());

        // Nothing public anywhere: the only messages not tied to an interaction are the check-in DMs themselves.
        foreach (var channel in bot.Discord.World.Channels)
        {
            Assert.Empty(await bot.Control.GetChannelMessagesAsync(channel.Id, CancellationToken.None));
        }

        Assert.All(
            (await bot.Control.GetChannelMessagesAsync(ada.DmChannelId, CancellationToken.None)).Where(m => m.InteractionId is not null),
            message => Assert.True(message.Ephemeral));

        // The logs say support was shown, never what was written nor (at Information) who or why.
        Assert.DoesNotContain(bot.Logs.Entries, e => e.ToString().Contains("end my life", StringComparison.OrdinalIgnoreCase)
            || e.ToString().Contains("Rough week", StringComparison.Ordinal)
            || e.ToString().Contains("Miso", StringComparison.Ordinal));
        Assert.Single(bot.Logs.Entries, e => e.Message == SafetyDriver.Shown);
        var adaId = ada.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information
            && e.Category.Contains(".Safety.", StringComparison.Ordinal) && e.ToString().Contains(adaId, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information && e.Message.Contains("suicide", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_near_miss_like_killing_it_at_work_gets_no_follow_up()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var checkins = new CheckinDriver(bot, ada.Id, ada.DmChannelId);
        await checkins.StartAsync("21:00", "Europe/Berlin");
        var form = await checkins.ClickAsync(await checkins.LatestCheckinAsync(), "Write a reflection");

        var saved = await checkins.SubmitReflectionAsync(form.InitialResponse!.Data!["custom_id"]!.GetValue<string>(), "Honestly I was killing it at work today.");
        var after = await new SafetyDriver(bot, ada.Id, ada.DmChannelId).AfterCrisisCheckAsync(saved, SafetyDriver.NothingFound);

        Assert.Contains("Saved your reflection", CheckinDriver.Content(saved), StringComparison.Ordinal);
        Assert.Empty(after.Followups);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message == SafetyDriver.Shown);
    }

    [Fact]
    public async Task A_server_that_set_its_resources_shows_them_while_dms_and_another_servers_settings_give_the_default()
    {
        await using var bot = await TestBot.StartAsync();
        var world = bot.Discord.World;
        var moderator = new SafetyDriver(bot, world.Moderator.Id, world.General.Id);
        var inServer = new SafetyDriver(bot, world.Member.Id, world.General.Id);
        var inDm = new SafetyDriver(bot, world.Member.Id, world.Member.DmChannelId);
        var set = await moderator.RunAsync("config", "crisis-resources", new JsonObject { ["type"] = 3, ["name"] = "text", ["value"] = ServerResources });
        Assert.StartsWith("Saved.", set.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        var fromServer = await inServer.AfterCrisisCheckAsync(
            await inServer.SavePlanAsync(null, null, null, "I keep going because I have thoughts of suicide less often now"), SafetyDriver.Shown);
        var fromDm = await inDm.AfterCrisisCheckAsync(
            await inDm.SavePlanAsync("When I think about killing myself", null, null, null), SafetyDriver.Shown, occurrence: 2);

        var serverResources = Resources(fromServer);
        Assert.Contains(ServerResources, serverResources, StringComparison.Ordinal);
        Assert.DoesNotContain(DefaultResourcesMark, serverResources, StringComparison.Ordinal);
        Assert.Contains(DefaultResourcesMark, Resources(fromDm), StringComparison.Ordinal);
        foreach (var channel in world.Channels)
        {
            Assert.All(await bot.Control.GetChannelMessagesAsync(channel.Id, CancellationToken.None), message => Assert.True(message.Ephemeral));
        }

        // The world's server clears its own; a different server's text must not reach it.
        await moderator.RunAsync("config", "crisis-resources-clear");
        await bot.Host!.Services.GetRequiredService<GuildSafetyRepository>()
            .SetCrisisResourcesAsync(world.Guild.Id + 1, ServerResources, TimeProvider.System.GetUtcNow(), CancellationToken.None);
        var afterClear = await inServer.AfterCrisisCheckAsync(await inServer.SavePlanAsync("suicidal thoughts", null, null, null), SafetyDriver.Shown, occurrence: 3);
        Assert.Contains(DefaultResourcesMark, Resources(afterClear), StringComparison.Ordinal);
        Assert.DoesNotContain(ServerResources, Resources(afterClear), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_crisis_resources_is_refused_for_a_member_without_manage_server_and_changes_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var world = bot.Discord.World;
        var member = new SafetyDriver(bot, world.Member.Id, world.General.Id);

        var refused = await member.RunAsync("config", "crisis-resources", new JsonObject { ["type"] = 3, ["name"] = "text", ["value"] = ServerResources });

        Assert.Contains("Manage Server", refused.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await bot.Host!.Services.GetRequiredService<GuildSafetyRepository>().GetCrisisResourcesAsync(world.Guild.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Help_shows_the_same_resources_as_crisis_support_and_config_show_lists_them()
    {
        await using var bot = await TestBot.StartAsync();
        var world = bot.Discord.World;
        var moderator = new SafetyDriver(bot, world.Moderator.Id, world.General.Id);

        var helpInDm = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("help", world.Member.Id, channelId: null));
        await moderator.RunAsync("config", "crisis-resources", new JsonObject { ["type"] = 3, ["name"] = "text", ["value"] = ServerResources });
        var helpInServer = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("help", world.Member.Id, world.General.Id));
        var show = await moderator.RunAsync("config", "show");

        Assert.Contains(HelpFields(helpInDm), value => value.Contains(DefaultResourcesMark, StringComparison.Ordinal));
        Assert.Contains(ServerResources, HelpFields(helpInServer));
        Assert.Contains(ServerResources, show.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_form_observer_neither_changes_the_forms_answer_nor_stops_crisis_support()
    {
        await using var bot = await TestBot.StartAsync(configureHost: builder =>
        {
            var services = builder.Services;
            var registered = services.Where(d => d.ServiceType == typeof(Interactions.IModalSubmitObserver)).ToList();
            foreach (var descriptor in registered)
            {
                services.Remove(descriptor);
            }

            services.AddSingleton<Interactions.IModalSubmitObserver, ThrowingModalObserver>();
            foreach (var descriptor in registered)
            {
                services.Add(descriptor);
            }
        });
        var ada = bot.Discord.World.Member;
        var inDm = new SafetyDriver(bot, ada.Id, ada.DmChannelId);

        var saved = await inDm.SavePlanAsync("Thinking about suicide again", null, null, null);
        var after = await inDm.AfterCrisisCheckAsync(saved, SafetyDriver.Shown);

        Assert.Contains("safety plan is saved", saved.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(DefaultResourcesMark, Resources(after), StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("ThrowingModalObserver failed", StringComparison.Ordinal));
        Assert.NotNull(await bot.Host!.Services.GetRequiredService<SafetyPlanRepository>().GetAsync(ada.Id, CancellationToken.None));
    }

    private static string Resources(LocalDiscord.Control.InteractionState state)
        => Assert.Single(state.Followups)["embeds"]!.AsArray().Last()!["description"]!.GetValue<string>();

    private static List<string> HelpFields(LocalDiscord.Control.InteractionState state)
        => state.InitialResponse!.Data!["embeds"]![0]!["fields"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()).ToList();
}

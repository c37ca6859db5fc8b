using Microsoft.Extensions.DependencyInjection;
using ReflectBot.Data.Safety;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>/safetyplan edit, show and delete through the local Discord, in a server and in DMs.</summary>
public sealed class SafetyPlanTests
{
    [Fact]
    public async Task Edit_then_show_round_trips_the_plan_escaped_privately_with_resources_and_pings_nobody()
    {
        await using var bot = await TestBot.StartAsync();
        var world = bot.Discord.World;
        var inServer = new SafetyDriver(bot, world.Member.Id, world.General.Id);

        var form = await inServer.RunAsync("safetyplan", "edit");
        var saved = await inServer.SavePlanAsync("Skipping meals", null, "@everyone **x**", "Finishing my degree");
        var show = await inServer.RunAsync("safetyplan", "show");
        var again = await inServer.RunAsync("safetyplan", "edit");

        Assert.Equal(9, form.InitialResponse!.Type);
        Assert.Contains("safety plan is saved", saved.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(64, show.InitialResponse!.Data!["flags"]!.GetValue<int>() & 64);
        var embeds = show.InitialResponse.Data!["embeds"]!.AsArray();
        var fields = embeds[0]!["fields"]!.AsArray();
        Assert.Equal(3, fields.Count);
        Assert.Equal("People and places I can reach", fields[1]!["name"]!.GetValue<string>());
        Assert.Equal("\\@everyone \\*\\*x\\*\\*", fields[1]!["value"]!.GetValue<string>());
        Assert.Contains("https://findahelpline.com", embeds[1]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/help", embeds[1]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var message = (await bot.Control.GetChannelMessagesAsync(world.General.Id, CancellationToken.None)).Where(m => m.InteractionId is not null).ToList();
        Assert.All(message, m => Assert.False(m.MentionsEveryone));
        Assert.All(message, m => Assert.Empty(m.MentionedUserIds));
        Assert.DoesNotContain(await bot.Control.GetChannelMessagesAsync(world.General.Id, CancellationToken.None), m => !m.Ephemeral);

        var prefilled = again.InitialResponse!.Data!["components"]!.AsArray().Select(label => label!["component"]!["value"]?.GetValue<string>()).ToList();
        Assert.Equal(["Skipping meals", null, "@everyone **x**", "Finishing my degree"], prefilled);
    }

    [Fact]
    public async Task An_all_blank_form_saves_nothing_and_says_so_kindly()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var inDm = new SafetyDriver(bot, ada.Id, ada.DmChannelId);

        var answer = await inDm.SavePlanAsync("  ", "", null, "\n");
        var show = await inDm.RunAsync("safetyplan", "show");

        Assert.Contains("nothing was saved", answer.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await bot.Host!.Services.GetRequiredService<SafetyPlanRepository>().GetAsync(ada.Id, CancellationToken.None));
        Assert.Contains("no safety plan yet", show.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_the_plan_in_dms()
    {
        await using var bot = await TestBot.StartAsync();
        var ada = bot.Discord.World.Member;
        var inDm = new SafetyDriver(bot, ada.Id, ada.DmChannelId);
        await inDm.SavePlanAsync("Not sleeping", null, null, null);

        var deleted = await inDm.RunAsync("safetyplan", "delete");
        var twice = await inDm.RunAsync("safetyplan", "delete");

        Assert.Contains("deleted", deleted.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("no safety plan to delete", twice.InitialResponse!.Data!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await bot.Host!.Services.GetRequiredService<SafetyPlanRepository>().GetAsync(ada.Id, CancellationToken.None));
    }
}

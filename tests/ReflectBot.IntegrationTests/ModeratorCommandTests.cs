using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReflectBot.Data.Cards;
using ReflectBot.Data.Reflection;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.Servers;

namespace ReflectBot.IntegrationTests;

/// <summary>
/// Moderator commands check the member's permissions from the interaction itself: a member without
/// them can still send the command (default_member_permissions only hides it), and changes nothing.
/// /card share by a plain member: CardTests.A_plain_members_share_is_refused_privately_and_nothing_is_posted.
/// </summary>
public sealed class ModeratorCommandTests
{
    private const int Ephemeral = 64;

    [Theory]
    [InlineData("reflection-channel")]
    [InlineData("reflection-off")]
    [InlineData("mod-role")]
    [InlineData("mod-role-clear")]
    [InlineData("mature-cards")]
    [InlineData("show")]
    public async Task A_config_subcommand_from_a_member_without_manage_server_is_refused_privately_and_changes_nothing(string subcommand)
    {
        await using var bot = await TestBot.StartAsync();
        var world = bot.Discord.World;
        AssertSaid(await ConfigAsync(bot, world.Moderator.Id, "reflection-channel", ReflectionChannelOptions(world.General.Id, "09:00")), "");
        AssertSaid(await ConfigAsync(bot, world.Moderator.Id, "mod-role", Option(8, "role", world.ModeratorRole.Id.ToString(CultureInfo.InvariantCulture))), "");
        AssertSaid(await ConfigAsync(bot, world.Moderator.Id, "mature-cards", Option(5, "allowed", false)), "");
        var before = await SettingsAsync(bot);
        Assert.NotNull(before.Reflection);
        Assert.NotNull(before.Cards);

        var options = subcommand switch
        {
            "reflection-channel" => ReflectionChannelOptions(world.General.Id, "18:30"),
            "mod-role" => Option(8, "role", world.Guild.Id.ToString(CultureInfo.InvariantCulture)),
            "mature-cards" => Option(5, "allowed", true),
            _ => null,
        };
        var refused = await ConfigAsync(bot, world.Member.Id, subcommand, options);

        AssertSaid(refused, ServerSettingsAccess.NeedsManageServer);
        Assert.Equal(before, await SettingsAsync(bot));
    }

    private static void AssertSaid(InteractionState answer, string text)
    {
        Assert.Equal(4, answer.InitialResponse!.Type);
        var data = answer.InitialResponse.Data!;
        Assert.Equal(Ephemeral, data["flags"]!.GetValue<int>() & Ephemeral);
        var content = data["content"]!.GetValue<string>();
        Assert.Contains(text, content, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            Assert.DoesNotContain(ServerSettingsAccess.NeedsManageServer, content, StringComparison.Ordinal);
        }
    }

    private static JsonArray ReflectionChannelOptions(ulong channelId, string time) => new(
        new JsonObject { ["type"] = 7, ["name"] = "channel", ["value"] = channelId.ToString(CultureInfo.InvariantCulture) },
        new JsonObject { ["type"] = 3, ["name"] = "time", ["value"] = time },
        new JsonObject { ["type"] = 3, ["name"] = "timezone", ["value"] = "Europe/Berlin" });

    private static JsonArray Option(int type, string name, JsonNode value) => new(new JsonObject { ["type"] = type, ["name"] = name, ["value"] = value });

    private static async Task<InteractionState> ConfigAsync(TestBot bot, ulong userId, string subcommand, JsonArray? options)
    {
        var sub = new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = options ?? [] };
        return await bot.WaitForAnswerAsync(await bot.RunCommandAsync("config", userId, bot.Discord.World.General.Id, new JsonArray(sub)));
    }

    private static async Task<(StoredGuildReflection? Reflection, StoredCardSettings? Cards)> SettingsAsync(TestBot bot)
    {
        var guildId = bot.Discord.World.Guild.Id;
        var services = bot.Host!.Services;
        return (await services.GetRequiredService<GuildReflectionRepository>().GetAsync(guildId, CancellationToken.None),
            await services.GetRequiredService<CardSettingsRepository>().GetAsync(guildId, CancellationToken.None));
    }
}

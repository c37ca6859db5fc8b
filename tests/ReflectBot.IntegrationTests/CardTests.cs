using System.Globalization;
using System.Text.Json.Nodes;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests;

/// <summary>/card share through the local Discord: who may share, where mature cards may go, and the buttons under a shared card.</summary>
public sealed class CardTests
{
    private const int Ephemeral = 64;

    [Fact]
    public async Task A_plain_members_share_is_refused_privately_and_nothing_is_posted()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;

        var answer = await ShareAsync(bot, world.Member.Id, world.General.Id, CardTestPrompts.Plain);

        Assert.Contains("moderators", Content(answer), StringComparison.Ordinal);
        Assert.True(IsEphemeral(answer));
        Assert.Empty(await BotPostsAsync(bot, world.General.Id));
    }

    [Fact]
    public async Task A_moderators_share_posts_one_embed_with_the_quiz_and_more_buttons_and_confirms_privately()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;

        var answer = await ShareAsync(bot, world.Moderator.Id, world.General.Id, CardTestPrompts.Plain);

        Assert.Contains($"<#{world.General.Id}>", Content(answer), StringComparison.Ordinal);
        Assert.True(IsEphemeral(answer));
        var post = Assert.Single(await BotPostsAsync(bot, world.General.Id));
        var embed = Assert.Single(post.Message["embeds"]!.AsArray());
        Assert.Equal(CardTestPrompts.PlainTitle, embed!["title"]!.GetValue<string>());
        var buttons = post.Message["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["quiz:take", "card:more:" + CardTestPrompts.Plain], buttons.Select(b => b!["custom_id"]!.GetValue<string>()));
        Assert.False(post.MentionsEveryone);
        Assert.Empty(post.MentionedUserIds);
        Assert.Empty(post.MentionedRoleIds);
    }

    [Fact]
    public async Task A_mature_card_is_refused_in_general_and_posted_in_the_age_restricted_channel()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;

        var refused = await ShareAsync(bot, world.Moderator.Id, world.General.Id, CardTestPrompts.Mature);
        Assert.Contains("age-restricted", Content(refused), StringComparison.Ordinal);
        Assert.Empty(await BotPostsAsync(bot, world.General.Id));

        var shared = await ShareAsync(bot, world.Moderator.Id, world.AfterDark.Id, CardTestPrompts.Mature);
        Assert.StartsWith("Shared", Content(shared), StringComparison.Ordinal);
        Assert.Single(await BotPostsAsync(bot, world.AfterDark.Id));
    }

    [Fact]
    public async Task A_server_that_turned_mature_cards_off_is_refused_even_in_the_age_restricted_channel()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;
        await ConfigAsync(bot, world.Moderator.Id, "mature-cards", new JsonObject { ["type"] = 5, ["name"] = "allowed", ["value"] = false });

        var answer = await ShareAsync(bot, world.Moderator.Id, world.AfterDark.Id, CardTestPrompts.Mature);

        Assert.Contains("/config mature-cards", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await BotPostsAsync(bot, world.AfterDark.Id));
    }

    [Fact]
    public async Task Sharing_into_announcements_is_refused_naming_send_messages()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;

        var answer = await ShareAsync(bot, world.Moderator.Id, world.Announcements.Id, CardTestPrompts.Plain);

        Assert.Contains("missing **Send Messages**", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await BotPostsAsync(bot, world.Announcements.Id));
    }

    [Fact]
    public async Task A_member_holding_the_role_set_with_config_mod_role_can_share()
    {
        // The local world gives plain members no roles, so the server's card role is @everyone (its id is the server's), which every member holds.
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;
        var set = await ConfigAsync(
            bot, world.Moderator.Id, "mod-role", new JsonObject { ["type"] = 8, ["name"] = "role", ["value"] = world.Guild.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.Contains("@everyone", Content(set), StringComparison.Ordinal);

        var answer = await ShareAsync(bot, world.Member.Id, world.General.Id, CardTestPrompts.Plain);

        Assert.StartsWith("Shared", Content(answer), StringComparison.Ordinal);
        Assert.Single(await BotPostsAsync(bot, world.General.Id));
        var show = await ConfigAsync(bot, world.Moderator.Id, "show");
        Assert.Contains("**Card sharing role:** @everyone", Content(show), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_sharer_cannot_post_through_the_bot_into_a_channel_where_they_may_not_post_themselves()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;
        await ConfigAsync(
            bot, world.Moderator.Id, "mod-role", new JsonObject { ["type"] = 8, ["name"] = "role", ["value"] = world.Guild.Id.ToString(CultureInfo.InvariantCulture) });

        // Typed in #general, where the card role counts; aimed at #rules, which is read-only for members.
        var answer = await ShareAsync(bot, world.Member.Id, world.Rules.Id, CardTestPrompts.Plain);

        Assert.Contains("only where you could post", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await BotPostsAsync(bot, world.Rules.Id));
    }

    [Fact]
    public async Task Show_me_more_answers_another_user_privately_with_the_related_cards()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;
        await ShareAsync(bot, world.Moderator.Id, world.General.Id, CardTestPrompts.Plain);
        var post = Assert.Single(await BotPostsAsync(bot, world.General.Id));

        var answer = await ClickAsync(bot, world.Member.Id, post, "card:more:" + CardTestPrompts.Plain);

        Assert.Equal(4, answer.InitialResponse!.Type);
        Assert.True(IsEphemeral(answer));
        Assert.Contains(CardTestPrompts.MatureTitle, Content(answer), StringComparison.Ordinal);
        Assert.Equal(CardTestPrompts.PlainTitle, answer.InitialResponse.Data!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Single(await BotPostsAsync(bot, world.General.Id));
        var shown = answer.InitialResponse.Data.ToJsonString();
        Assert.DoesNotContain(world.Moderator.Id.ToString(CultureInfo.InvariantCulture), shown, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Moderator.Username, shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(world.Moderator.GlobalName, shown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Show_me_more_for_a_card_no_longer_in_the_library_answers_kindly()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;
        await ShareAsync(bot, world.Moderator.Id, world.General.Id, CardTestPrompts.Plain);
        var post = Assert.Single(await BotPostsAsync(bot, world.General.Id));

        var answer = await ClickAsync(bot, world.Member.Id, post, "card:more:a-retired-card");

        Assert.True(IsEphemeral(answer));
        Assert.Contains("isn't in my library any more", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_topic_without_a_card_is_answered_kindly_with_a_hint()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;

        var answer = await ShareAsync(bot, world.Moderator.Id, world.General.Id, "dopamine and stuff");

        Assert.Contains("pick one from the suggestions", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await BotPostsAsync(bot, world.General.Id));
    }

    [Fact]
    public async Task Show_is_private_anywhere_and_notes_first_that_a_mature_card_is_about_sex()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var options = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["name"] = "show",
            ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "topic", ["value"] = CardTestPrompts.Mature }),
        });

        var answer = await bot.WaitForAnswerAsync(await bot.RunCommandAsync("card", bot.Discord.World.Member.Id, null, options));

        Assert.True(IsEphemeral(answer));
        Assert.Contains("about sex", Content(answer), StringComparison.Ordinal);
        Assert.Equal(CardTestPrompts.MatureTitle, answer.InitialResponse!.Data!["embeds"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Share_suggestions_match_the_summary_and_mark_mature_cards()
    {
        using var prompts = new CardTestPrompts();
        await using var bot = await TestBot.StartAsync(settings: prompts.Settings);
        var world = bot.Discord.World;
        var data = new JsonObject
        {
            ["name"] = "card",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["name"] = "share",
                ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "topic", ["value"] = "test-m", ["focused"] = true }),
            }),
        };

        var typed = await bot.Control.InjectInteractionAsync(
            new InjectInteractionRequest { Type = 4, UserId = world.Moderator.Id, ChannelId = world.General.Id, Data = data }, CancellationToken.None);
        var answer = await bot.WaitForAnswerAsync(typed);

        var choice = Assert.Single(answer.InitialResponse!.Data!["choices"]!.AsArray());
        Assert.Equal(CardTestPrompts.Mature, choice!["value"]!.GetValue<string>());
        Assert.Contains("age-restricted", choice["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<InteractionState> ShareAsync(TestBot bot, ulong userId, ulong channelId, string topic)
    {
        var options = new JsonArray(
            new JsonObject { ["type"] = 3, ["name"] = "topic", ["value"] = topic },
            new JsonObject { ["type"] = 7, ["name"] = "channel", ["value"] = channelId.ToString(CultureInfo.InvariantCulture) });
        var command = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = "share", ["options"] = options });
        return await bot.WaitForAnswerAsync(await bot.RunCommandAsync("card", userId, bot.Discord.World.General.Id, command));
    }

    private static async Task<InteractionState> ConfigAsync(TestBot bot, ulong userId, string subcommand, JsonObject? option = null)
    {
        var sub = new JsonObject { ["type"] = 1, ["name"] = subcommand };
        if (option is not null)
        {
            sub["options"] = new JsonArray(option);
        }

        return await bot.WaitForAnswerAsync(await bot.RunCommandAsync("config", userId, bot.Discord.World.General.Id, new JsonArray(sub)));
    }

    private static async Task<InteractionState> ClickAsync(TestBot bot, ulong userId, LocalMessage post, string customId)
    {
        var click = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = userId,
            ChannelId = bot.Discord.World.General.Id,
            MessageId = ulong.Parse(post.Message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            Data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
        }, CancellationToken.None);
        return await bot.WaitForAnswerAsync(click);
    }

    /// <summary>Messages the bot posted itself, not as an answer to an interaction.</summary>
    private static async Task<List<LocalMessage>> BotPostsAsync(TestBot bot, ulong channelId) =>
        (await bot.Control.GetChannelMessagesAsync(channelId, CancellationToken.None)).Where(m => m.InteractionId is null).ToList();

    private static string Content(InteractionState state) => state.InitialResponse!.Data!["content"]!.GetValue<string>();

    private static bool IsEphemeral(InteractionState state) => (state.InitialResponse!.Data!["flags"]?.GetValue<int>() ?? 0) == Ephemeral;
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.Interactions;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests;

/// <summary>Interactions the bot has no handler for still get a kind, private answer in time.</summary>
public sealed class RouterTests
{
    private const int Ephemeral = 64;

    [Fact]
    public async Task Unknown_command_gets_a_polite_private_answer()
    {
        await using var bot = await TestBot.StartAsync();

        var unknown = await bot.RunCommandAsync("renamed-long-ago", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        var answer = await bot.WaitForAnswerAsync(unknown);

        AssertPolitePrivateAnswer(answer, "/help");
    }

    [Theory]
    [InlineData("journal:answer:123:4")]
    [InlineData(":::")]
    [InlineData("x")]
    public async Task Stale_or_tampered_button_gets_a_polite_private_answer(string customId)
    {
        await using var bot = await TestBot.StartAsync();
        var messageId = await AboutMessageIdAsync(bot);

        var click = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = bot.Discord.World.Member.Id,
            ChannelId = bot.Discord.World.General.Id,
            MessageId = messageId,
            Data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
        }, CancellationToken.None);
        var answer = await bot.WaitForAnswerAsync(click);

        AssertPolitePrivateAnswer(answer, "Nothing was changed");
    }

    [Fact]
    public async Task A_form_that_can_no_longer_be_saved_gives_back_what_was_typed()
    {
        await using var bot = await TestBot.StartAsync();

        var submit = await SubmitModalAsync(bot, "journal:write:old", "Today I noticed I *wanted* to call @everyone.");
        var answer = await bot.WaitForAnswerAsync(submit);

        AssertPolitePrivateAnswer(answer, "could not be saved");
        var content = answer.InitialResponse!.Data!["content"]!.GetValue<string>();
        Assert.Contains(@"Today I noticed I \*wanted\* to call \@everyone.", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_form_that_can_no_longer_be_saved_comes_back_as_a_text_file()
    {
        await using var bot = await TestBot.StartAsync();
        var longText = string.Join(' ', Enumerable.Repeat("I keep thinking about what they said.", 100));

        var submit = await SubmitModalAsync(bot, "journal:write:old", longText);
        var answer = await bot.WaitForAnswerAsync(submit);

        AssertPolitePrivateAnswer(answer, "attached");
        var attachment = answer.OriginalMessage!["attachments"]![0]!;
        var bytes = await bot.Control.GetAttachmentAsync(ulong.Parse(attachment["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        Assert.Equal(longText, System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("throwing")]
    [InlineData("silent")]
    public async Task A_handler_that_fails_or_forgets_to_answer_still_leaves_the_person_an_apology(string command)
    {
        await using var bot = await TestBot.StartAsync(configureHost: b =>
        {
            b.Services.AddSingleton<ISlashCommand, ThrowingCommand>();
            b.Services.AddSingleton<ISlashCommand, SilentCommand>();
        });

        var run = await bot.RunCommandAsync(command, bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        var answer = await bot.WaitForAnswerAsync(run);

        AssertPolitePrivateAnswer(answer, "something went wrong");
        Assert.False(bot.Host!.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Autocomplete_for_an_unknown_command_gets_an_empty_list()
    {
        await using var bot = await TestBot.StartAsync();

        var typing = await bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 4,
            UserId = bot.Discord.World.Member.Id,
            ChannelId = bot.Discord.World.General.Id,
            Data = new JsonObject
            {
                ["name"] = "nothing-here",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "topic", ["type"] = 3, ["value"] = "oxy", ["focused"] = true }),
            },
        }, CancellationToken.None);
        var answer = await bot.WaitForAnswerAsync(typing);

        Assert.Equal(8, answer.InitialResponse!.Type);
        Assert.Empty(answer.InitialResponse.Data!["choices"]!.AsArray());
    }

    private static void AssertPolitePrivateAnswer(InteractionState answer, string expectedText)
    {
        Assert.True(answer.AnsweredInTime);
        Assert.Equal(4, answer.InitialResponse!.Type);
        var data = answer.InitialResponse.Data!;
        Assert.Equal(Ephemeral, data["flags"]!.GetValue<int>() & Ephemeral);
        Assert.Contains(expectedText, data["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<ulong> AboutMessageIdAsync(TestBot bot)
    {
        var about = await bot.RunCommandAsync("about", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        var state = await bot.WaitForAnswerAsync(about);
        return ulong.Parse(state.OriginalMessage!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<InjectedInteraction> SubmitModalAsync(TestBot bot, string customId, string text)
        => bot.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 5,
            UserId = bot.Discord.World.Member.Id,
            ChannelId = bot.Discord.World.General.Id,
            Data = new JsonObject
            {
                ["custom_id"] = customId,
                ["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = 18,
                    ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = "text", ["value"] = text },
                }),
            },
        }, CancellationToken.None);
}

using System.Text.Json;
using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Tests.Models;

public sealed class OutgoingSerialisationTests
{
    [Fact]
    public void AllowedMentions_None_pings_nobody()
    {
        Assert.Equal("""{"parse":[]}""", JsonSerializer.Serialize(AllowedMentions.None, DiscordJsonContext.Default.AllowedMentions));
    }

    [Fact]
    public void Unset_fields_are_left_out_and_names_are_snake_case()
    {
        var message = new MessageCreate { Content = "hi", Flags = MessageFlags.Ephemeral | MessageFlags.SuppressNotifications, EnforceNonce = true, Nonce = "n1" };

        Assert.Equal(
            """{"content":"hi","flags":4160,"nonce":"n1","enforce_nonce":true}""",
            JsonSerializer.Serialize(message, DiscordJsonContext.Default.MessageCreate));
    }

    [Fact]
    public void A_modal_serialises_labels_around_text_inputs()
    {
        var response = new InteractionResponse(InteractionCallbackType.Modal, new InteractionCallbackData
        {
            CustomId = "reflect",
            Title = "Reflect",
            Components =
            [
                Component.Label("How do you feel?", Component.TextInput("feeling", TextInputStyle.Paragraph, maxLength: 1000, required: true), "Take your time"),
            ],
        });

        Assert.Equal(
            """{"type":9,"data":{"components":[{"type":18,"label":"How do you feel?","component":{"type":4,"custom_id":"feeling","style":2,"max_length":1000,"required":true},"description":"Take your time"}],"custom_id":"reflect","title":"Reflect"}}""",
            JsonSerializer.Serialize(response, DiscordJsonContext.Default.InteractionResponse));
    }

    [Fact]
    public void Buttons_selects_and_link_buttons_serialise_with_their_own_fields()
    {
        var row = Component.ActionRow(
            Component.Button(ButtonStyle.Primary, "next", "Next", new Emoji { Name = "➡️" }),
            Component.LinkButton("https://example.org/help", "Help"));
        var select = Component.ActionRow(Component.StringSelect(
            "style", [new SelectOption { Label = "Secure", Value = "secure" }], placeholder: "Pick one", minValues: 1, maxValues: 1));

        var json = JsonSerializer.Serialize(new MessageCreate { Components = [row, select] }, DiscordJsonContext.Default.MessageCreate);

        Assert.Contains("""{"type":2,"custom_id":"next","style":1,"label":"Next","emoji":{"name":"\u27A1\uFE0F"}}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":2,"style":5,"label":"Help","url":"https://example.org/help"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":3,"custom_id":"style","options":[{"label":"Secure","value":"secure"}],"placeholder":"Pick one","min_values":1,"max_values":1}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_round_trips_through_json()
    {
        var original = Component.ActionRow(Component.Button(ButtonStyle.Danger, "stop", "Stop", disabled: true));

        var json = JsonSerializer.Serialize(original, DiscordJsonContext.Default.Component);
        var back = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Component)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, DiscordJsonContext.Default.Component));
        Assert.True(back.Components![0].Disabled);
    }

    [Fact]
    public void Choices_carry_strings_integers_and_numbers()
    {
        var data = new InteractionCallbackData
        {
            Choices =
            [
                ApplicationCommandOptionChoice.String("Calm", "calm"),
                ApplicationCommandOptionChoice.Integer("Three", 3),
                ApplicationCommandOptionChoice.Number("Half", 0.5),
            ],
        };

        Assert.Equal(
            """{"choices":[{"name":"Calm","value":"calm"},{"name":"Three","value":3},{"name":"Half","value":0.5}]}""",
            JsonSerializer.Serialize(data, DiscordJsonContext.Default.InteractionCallbackData));
    }

    [Fact]
    public void A_command_definition_serialises_options_contexts_and_permissions()
    {
        var command = new ApplicationCommand
        {
            Name = "journal",
            Description = "Write a reflection",
            Type = ApplicationCommandType.ChatInput,
            DefaultMemberPermissions = Permissions.ManageGuild.ToDiscordString(),
            Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
            IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
            Nsfw = false,
            Options =
            [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.Integer,
                    Name = "score",
                    Description = "1 to 10",
                    Required = true,
                    MinValue = 1,
                    MaxValue = 10,
                    Autocomplete = true,
                },
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.Channel,
                    Name = "where",
                    Description = "Channel",
                    ChannelTypes = [ChannelType.GuildText],
                },
            ],
        };

        Assert.Equal(
            """{"type":1,"name":"journal","description":"Write a reflection","options":[{"type":4,"name":"score","description":"1 to 10","required":true,"min_value":1,"max_value":10,"autocomplete":true},{"type":7,"name":"where","description":"Channel","channel_types":[0]}],"default_member_permissions":"32","contexts":[0,1],"integration_types":[0],"nsfw":false}""",
            JsonSerializer.Serialize(command, DiscordJsonContext.Default.ApplicationCommand));
    }

    [Fact]
    public void Stored_commands_come_back_with_ids_and_version()
    {
        var commands = JsonSerializer.Deserialize(
            """[{"id":"5","application_id":"11","version":"6","type":1,"name":"journal","description":"d","default_member_permissions":null,"contexts":null}]""",
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand)!;

        Assert.Equal(new Snowflake(5), commands[0].Id);
        Assert.Equal(new Snowflake(6), commands[0].Version);
    }

    [Fact]
    public void Permissions_travel_as_decimal_strings_and_administrator_allows_everything()
    {
        var bits = Permissions.SendMessages | Permissions.CreatePublicThreads;

        Assert.Equal("34359740416", bits.ToDiscordString());
        Assert.Equal(bits, PermissionsParser.Parse("34359740416"));
        Assert.False(PermissionsParser.TryParse("-1", out _));
        Assert.Throws<FormatException>(() => PermissionsParser.Parse("many"));
        Assert.True(Permissions.Administrator.Allows(Permissions.ManageGuild | Permissions.AttachFiles));
        Assert.False(Permissions.SendMessages.Allows(Permissions.SendMessages | Permissions.EmbedLinks));
        Assert.Equal((Permissions)(1UL << 63), PermissionsParser.Parse("9223372036854775808"));
    }

    [Fact]
    public void Gateway_bot_info_and_error_bodies_parse()
    {
        var info = JsonSerializer.Deserialize(
            """{"url":"wss://gateway.discord.gg","shards":2,"session_start_limit":{"total":1000,"remaining":990,"reset_after":14400000,"max_concurrency":1}}""",
            DiscordJsonContext.Default.GatewayBotInfo)!;
        var limited = JsonSerializer.Deserialize("""{"message":"slow","retry_after":64.57,"global":false,"code":0}""", DiscordJsonContext.Default.RateLimitedBody)!;

        Assert.Equal(990, info.SessionStartLimit.Remaining);
        Assert.Equal(14_400_000, info.SessionStartLimit.ResetAfter);
        Assert.Equal(64.57, limited.RetryAfter);
        Assert.False(limited.Global);
    }

    [Fact]
    public void A_message_with_embeds_and_attachments_parses()
    {
        var message = JsonSerializer.Deserialize(
            """
            {"id":"9","channel_id":"1","author":{"id":"2","username":"bot","bot":true},"content":"","timestamp":"2026-01-01T12:00:00.000000+00:00",
             "flags":32768,"nonce":12345,
             "embeds":[{"title":"T","color":5814783,"fields":[{"name":"a","value":"b","inline":true}],"image":{"url":"attachment://card.png"}}],
             "attachments":[{"id":"77","filename":"card.png","size":1024,"url":"https://cdn/card.png","content_type":"image/png"}]}
            """,
            DiscordJsonContext.Default.Message)!;

        Assert.Equal(MessageFlags.IsComponentsV2, message.Flags);
        Assert.Equal("attachment://card.png", message.Embeds![0].Image!.Url);
        Assert.Equal(1024, message.Attachments![0].Size);
        Assert.Equal(JsonValueKind.Number, message.Nonce!.Value.ValueKind);
        Assert.True(message.Author!.Bot);
    }
}

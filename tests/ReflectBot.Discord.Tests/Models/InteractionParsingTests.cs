using System.Text.Json;
using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Tests.Models;

public sealed class InteractionParsingTests
{
    private const string SlashCommand = """
        {
          "id": "1300000000000000001", "application_id": "11", "type": 2, "token": "tok", "version": 1,
          "guild_id": "300", "channel_id": "100",
          "channel": { "id": "100", "type": 0, "nsfw": false, "name": "general", "guild_id": "300" },
          "member": { "user": { "id": "42", "username": "ana", "global_name": "Ana" }, "permissions": "2147483648", "roles": ["7"], "nick": "A" },
          "app_permissions": "3072", "locale": "en-GB", "guild_locale": "de", "context": 0,
          "authorizing_integration_owners": { "0": "300" },
          "entitlements": [],
          "data": {
            "id": "77", "name": "journal", "type": 1, "guild_id": "300",
            "options": [ { "name": "entry", "type": 2, "options": [
              { "name": "add", "type": 1, "options": [
                { "name": "mood", "type": 3, "value": "calm" },
                { "name": "score", "type": 4, "value": 7 },
                { "name": "weight", "type": 10, "value": 0.5 },
                { "name": "private", "type": 5, "value": true },
                { "name": "friend", "type": 6, "value": "43" }
              ] } ] } ],
            "resolved": { "users": { "43": { "id": "43", "username": "bo" } }, "members": { "43": { "roles": [], "nick": null } } }
          }
        }
        """;

    [Fact]
    public void A_slash_command_with_a_subcommand_group_parses_with_its_path_and_options()
    {
        var interaction = Parse(SlashCommand);

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal(new Snowflake(11), interaction.ApplicationId);
        Assert.Equal(InteractionContextType.Guild, interaction.Context);
        Assert.Equal(ChannelType.GuildText, interaction.Channel!.Type);
        Assert.Equal("ana", interaction.Invoker!.Username);
        Assert.Equal(Permissions.UseApplicationCommands, interaction.Member!.Permissions);
        Assert.True(interaction.AppPermissions!.Value.Allows(Permissions.ViewChannel | Permissions.SendMessages));
        Assert.Equal(new Snowflake(300), interaction.AuthorizingIntegrationOwners!["0"]);

        var data = interaction.Data!;
        Assert.Equal(["journal", "entry", "add"], data.CommandPath);
        Assert.Equal("calm", data.GetString("mood"));
        Assert.Equal(7, data.GetInt64("score"));
        Assert.Equal(0.5, data.GetDouble("weight"));
        Assert.True(data.GetBoolean("private"));
        Assert.Equal(new Snowflake(43), data.GetSnowflake("friend"));
        Assert.Null(data.GetString("missing"));
        Assert.Equal("bo", data.Resolved!.Users![new Snowflake(43)].Username);
    }

    [Fact]
    public void In_a_dm_the_invoker_is_the_user()
    {
        var interaction = Parse("""{"id":"1","application_id":"2","type":3,"token":"t","version":1,"context":1,"user":{"id":"42","username":"ana"},"data":{"custom_id":"next","component_type":2}}""");

        Assert.Equal(new Snowflake(42), interaction.Invoker!.Id);
        Assert.Equal("next", interaction.Data!.CustomId);
        Assert.Equal(ComponentType.Button, interaction.Data.ComponentType);
    }

    [Fact]
    public void Autocomplete_finds_the_focused_option_even_when_an_integer_arrives_as_text()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"2","type":4,"token":"t","version":1,
             "data":{"name":"quiz","type":1,"options":[{"name":"start","type":1,"options":[
               {"name":"topic","type":3,"value":"att"},{"name":"count","type":4,"value":"1","focused":true}]}]}}
            """);

        var focused = interaction.Data!.FocusedOption;
        Assert.Equal("count", focused!.Name);
        Assert.Equal(1, focused.AsInt64());
    }

    [Fact]
    public void Modal_values_are_found_in_labels_and_in_legacy_action_rows()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"2","type":5,"token":"t","version":1,
             "data":{"custom_id":"reflect","components":[
               {"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"feeling","value":"hopeful"}},
               {"type":18,"id":3,"component":{"type":3,"id":4,"custom_id":"style","values":["secure"]}},
               {"type":1,"components":[{"type":4,"custom_id":"old","value":"still works"}]}]}}
            """);

        var data = interaction.Data!;
        Assert.Equal("hopeful", data.GetModalValue("feeling"));
        Assert.Equal("still works", data.GetModalValue("old"));
        Assert.Equal(["secure"], data.GetModalValues("style"));
        Assert.Null(data.GetModalValue("absent"));
        Assert.Equal(["feeling", "style", "old"], data.ModalInputs().Select(input => input.CustomId));
    }

    [Fact]
    public void Unknown_enum_values_deserialise_instead_of_throwing()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"2","type":99,"token":"t","version":1,"context":42,
             "channel":{"id":"5","type":777},
             "data":{"component_type":123,"type":9,"components":[{"type":55}]}}
            """);

        Assert.Equal((InteractionType)99, interaction.Type);
        Assert.Equal((ChannelType)777, interaction.Channel!.Type);
        Assert.Equal((ComponentType)123, interaction.Data!.ComponentType);
        Assert.Equal((ComponentType)55, interaction.Data.Components![0].Type);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var interaction = Parse("""{"id":"1","application_id":"2","type":1,"token":"t","version":1,"brand_new_field":{"x":[1,2]}}""");

        Assert.Equal(InteractionType.Ping, interaction.Type);
    }

    [Fact]
    public void A_one_megabyte_string_parses_without_trouble()
    {
        var big = new string('x', 1024 * 1024);
        var json = $$"""{"id":"1","channel_id":"2","content":"{{big}}"}""";

        var message = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Message)!;

        Assert.Equal(big.Length, message.Content!.Length);
    }

    public static TheoryData<string> BadPayloads =>
    [
        "",
        "not json",
        "{",
        "[]",
        "null",
        """{"application_id":"2","type":2,"token":"t"}""",
        """{"id":"1","application_id":"2","type":2}""",
        """{"id":"1","application_id":"2","type":2,"token":null}""",
        """{"id":true,"application_id":"2","type":2,"token":"t"}""",
        """{"id":"-5","application_id":"2","type":2,"token":"t"}""",
        """{"id":"99999999999999999999999","application_id":"2","type":2,"token":"t"}""",
        """{"id":"1","application_id":"2","type":"two","token":"t"}""",
        """{"id":"1","application_id":"2","type":2,"token":"t","version":1e40}""",
        """{"id":"1","application_id":"2","type":2,"token":"t","app_permissions":"lots"}""",
        """{"id":"1","application_id":"2","type":2,"token":"t","member":{"user":{"id":"3"}}}""",
        """{"id":"1","application_id":"2","type":2,"token":"t","data":{"options":{"name":"x"}}}""",
        """{"id":"1","application_id":"2","type":2,"token":"t","data":{"resolved":{"users":{"abc":{"id":"1","username":"u"}}}}}""",
        """{"id":"1","application_id":"2","type":2,"token":"t","message":{"id":"1","channel_id":"2","timestamp":"yesterday"}}""",
        "{\"id\":\"1\",\"application_id\":\"2\",\"type\":2,\"token\":\"t\",\"data\":{\"components\":" + string.Concat(Enumerable.Repeat("[{\"type\":1,\"components\":", 80)) + "[]" + string.Concat(Enumerable.Repeat("}]", 80)) + "}}",
    ];

    [Theory]
    [MemberData(nameof(BadPayloads))]
    public void A_malformed_payload_throws_only_JsonException(string json)
    {
        var error = Record.Exception(() => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)
            ?? throw new JsonException("null document"));

        Assert.IsAssignableFrom<JsonException>(error);
    }

    [Fact]
    public void Null_entries_in_option_lists_do_not_break_the_helpers()
    {
        var interaction = Parse("""{"id":"1","application_id":"2","type":2,"token":"t","data":{"name":"x","options":[null,{"name":"a","type":3,"value":"v"}],"components":[null]}}""");

        Assert.Equal("v", interaction.Data!.GetString("a"));
        Assert.Null(interaction.Data.FocusedOption);
        Assert.Null(interaction.Data.GetModalValue("a"));
    }

    private static Interaction Parse(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;
}

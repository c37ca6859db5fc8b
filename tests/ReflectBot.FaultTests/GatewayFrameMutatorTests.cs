using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReflectBot.Workloads.Faults;

namespace ReflectBot.FaultTests;

public sealed class GatewayFrameMutatorTests
{
    private static readonly SeedFrame Interaction = new(0, "INTERACTION_CREATE", new JsonObject
    {
        ["id"] = "1",
        ["token"] = "t",
        ["type"] = 3,
        ["data"] = new JsonObject { ["custom_id"] = "quiz:a:1:1:4", ["component_type"] = 2 },
    });

    [Fact]
    public void The_same_seed_spoils_the_same_frames_the_same_way()
    {
        var first = new GatewayFrameMutator(5);
        var second = new GatewayFrameMutator(5);

        var a = Enumerable.Range(0, 50).Select(_ => first.Next([Interaction])).ToList();
        var b = Enumerable.Range(0, 50).Select(_ => second.Next([Interaction])).ToList();

        Assert.Equal(a, b);
        Assert.True(a.Select(x => x.Kind).Distinct().Count() >= 6, "Fifty draws cover most kinds.");
    }

    [Fact]
    public void Removing_a_field_leaves_a_payload_with_one_field_fewer()
    {
        var item = new GatewayFrameMutator(1).Mutate(Interaction, FrameMutation.RemoveField);

        Assert.Equal("INTERACTION_CREATE", item.Dispatch);
        Assert.Equal(FieldCount(Interaction.Data!) - 1, FieldCount(JsonNode.Parse(item.Raw!)!));
    }

    [Fact]
    public void Swapping_a_type_changes_the_kind_of_one_value()
    {
        var item = new GatewayFrameMutator(2).Mutate(Interaction, FrameMutation.SwapType);

        Assert.NotEqual(Interaction.Data!.ToJsonString(), item.Raw);
        Assert.NotNull(JsonNode.Parse(item.Raw!));
    }

    [Fact]
    public void A_huge_string_is_a_megabyte_long()
    {
        var item = new GatewayFrameMutator(3).Mutate(Interaction, FrameMutation.HugeString);

        Assert.True(item.Raw!.Length > GatewayFrameMutator.HugeStringLength);
        Assert.NotNull(JsonNode.Parse(item.Raw));
    }

    [Fact]
    public void Deep_nesting_goes_ten_thousand_levels_down_and_is_too_deep_for_a_default_parser()
    {
        var item = new GatewayFrameMutator(4).Mutate(Interaction, FrameMutation.DeepNesting);

        Assert.Contains(new string('[', GatewayFrameMutator.NestingDepth), item.Raw!, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(item.Raw!));
    }

    [Fact]
    public void Truncation_invalid_utf8_and_unknown_opcodes_go_out_as_frames_never_as_replayed_dispatches()
    {
        var mutator = new GatewayFrameMutator(6);

        var truncated = mutator.Mutate(Interaction, FrameMutation.Truncate);
        var invalid = mutator.Mutate(Interaction, FrameMutation.InvalidUtf8);
        var opcode = mutator.Mutate(Interaction, FrameMutation.UnknownOpcode);

        Assert.All([truncated, invalid, opcode], item => Assert.Null(item.Dispatch));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated.Frame!));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(invalid.FrameBase64!)));
        Assert.InRange(JsonNode.Parse(opcode.Frame!)!["op"]!.GetValue<int>(), 12, 999);
    }

    [Fact]
    public void An_unknown_event_keeps_the_payload_under_a_name_no_handler_knows()
    {
        var item = new GatewayFrameMutator(7).Mutate(Interaction, FrameMutation.UnknownEvent);

        Assert.StartsWith("FUZZ_", item.Dispatch, StringComparison.Ordinal);
        Assert.Equal(Interaction.Data!.ToJsonString(), item.Raw);
    }

    private static int FieldCount(JsonNode node) => node switch
    {
        JsonObject o => o.Count + o.Sum(p => p.Value is null ? 0 : FieldCount(p.Value)),
        JsonArray a => a.Sum(n => n is null ? 0 : FieldCount(n)),
        _ => 0,
    };

}

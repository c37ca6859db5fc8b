using System.Text;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.Workloads.Faults;

/// <summary>A valid gateway frame to start from: a dispatch (<paramref name="Event"/> with its <c>d</c>) or another opcode.</summary>
public sealed record SeedFrame(int Op, string? Event, JsonNode? Data);

/// <summary>
/// Turns valid gateway frames into spoiled ones, repeatably for a seed. Mutations of a dispatch's payload go out as
/// raw dispatches (numbered, replayed after a resume, as Discord would); mutations that can make a client drop the
/// connection (truncation, invalid UTF-8, unknown opcodes) go out only as raw frames, which are never replayed.
/// </summary>
public sealed class GatewayFrameMutator(int seed)
{
    public const int HugeStringLength = 1 << 20;
    public const int NestingDepth = 10_000;

    private static readonly FrameMutation[] Kinds = Enum.GetValues<FrameMutation>();
    private readonly Random _random = new(seed);

    /// <summary>The next spoiled item: a random seed frame, a random mutation.</summary>
    public (FrameMutation Kind, RawGatewayItem Item) Next(IReadOnlyList<SeedFrame> seeds)
    {
        var seedFrame = seeds[_random.Next(seeds.Count)];
        var kind = Kinds[_random.Next(Kinds.Length)];
        return (kind, Mutate(seedFrame, kind));
    }

    public RawGatewayItem Mutate(SeedFrame frame, FrameMutation kind)
    {
        switch (kind)
        {
            case FrameMutation.Truncate:
                var text = Frame(frame.Op, frame.Event, frame.Data?.ToJsonString());
                return RawGatewayItem.TextFrame(text[.._random.Next(1, text.Length)]);
            case FrameMutation.InvalidUtf8:
                var bytes = Encoding.UTF8.GetBytes(Frame(frame.Op, frame.Event, frame.Data?.ToJsonString())).ToList();
                bytes.InsertRange(_random.Next(bytes.Count), [0xC3, 0x28, 0xFF, 0xFE]);
                return RawGatewayItem.FrameBytes([.. bytes]);
            case FrameMutation.UnknownOpcode:
                return RawGatewayItem.TextFrame(Frame(_random.Next(12, 1000), frame.Event, frame.Data?.ToJsonString()));
            case FrameMutation.UnknownEvent:
                return RawGatewayItem.RawDispatch("FUZZ_" + _random.Next(1_000_000), frame.Data?.ToJsonString() ?? "null");
        }

        var data = frame.Data?.DeepClone() ?? new JsonObject();
        data = kind switch
        {
            FrameMutation.RemoveField => RemoveField(data),
            FrameMutation.SwapType => Replace(data, SwappedType),
            FrameMutation.HugeString => Replace(data, _ => JsonValue.Create(new string('x', HugeStringLength))),
            _ => data,
        };
        var raw = kind == FrameMutation.DeepNesting ? Nest(data) : data.ToJsonString();
        return frame.Event is { } eventName
            ? RawGatewayItem.RawDispatch(eventName, raw)
            : RawGatewayItem.TextFrame(Frame(frame.Op, null, raw));
    }

    private static string Frame(int op, string? eventName, string? data) =>
        $"{{\"op\":{op},\"d\":{data ?? "null"}{(eventName is null ? "" : $",\"s\":null,\"t\":\"{eventName}\"")}}}";

    /// <summary>Removes one field of one object somewhere in the tree; the root itself when it has nothing else.</summary>
    private JsonNode RemoveField(JsonNode root)
    {
        var objects = Descendants(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return new JsonObject();
        }

        var target = objects[_random.Next(objects.Count)];
        target.Remove(target.ElementAt(_random.Next(target.Count)).Key);
        return root;
    }

    /// <summary>Replaces one value somewhere under the root (not the root) with what <paramref name="make"/> returns.</summary>
    private JsonNode Replace(JsonNode root, Func<JsonNode?, JsonNode?> make)
    {
        var slots = Descendants(root).Where(n => n.Parent is not null).ToList();
        if (slots.Count == 0)
        {
            return make(root) ?? JsonValue.Create(0);
        }

        var target = slots[_random.Next(slots.Count)];
        var replacement = make(target);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        return root;
    }

    private JsonNode? SwappedType(JsonNode? current)
    {
        JsonNode?[] choices = [JsonValue.Create("fuzz"), JsonValue.Create(-1.5e300), JsonValue.Create(true), null, new JsonArray(1, "two"), new JsonObject { ["fuzz"] = 1 }];
        var kind = current?.GetValueKind();
        var others = choices.Where(c => c?.GetValueKind() != kind).ToArray();
        return others[_random.Next(others.Length)];
    }

    /// <summary>The payload with one value replaced by arrays nested <see cref="NestingDepth"/> deep, as text (too deep for a JsonNode).</summary>
    private string Nest(JsonNode root)
    {
        const string Marker = "\"__fuzz_nesting__\"";
        var marked = Replace(root, _ => JsonValue.Create("__fuzz_nesting__")).ToJsonString();
        var nested = new StringBuilder(NestingDepth * 2).Append('[', NestingDepth).Append(']', NestingDepth).ToString();
        var at = marked.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? nested : string.Concat(marked.AsSpan(0, at), nested, marked.AsSpan(at + Marker.Length));
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}

using System.Text.Json;

namespace ReflectBot.Discord.Gateway;

/// <summary>Turns raw frame bytes into a <see cref="GatewayPayload"/>, refusing anything that is not the documented shape.</summary>
internal static class GatewayPayloadParser
{
    private const int MaxEventNameLength = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Parses a frame; on failure returns null and a reason that never quotes the frame.</summary>
    public static GatewayPayload? TryParse(ReadOnlyMemory<byte> utf8, out string failure)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, DocumentOptions);
            return FromRoot(document.RootElement, out failure);
        }
        catch (JsonException)
        {
            failure = "not valid JSON";
            return null;
        }
    }

    /// <summary>True for names shaped like Discord's event names (MESSAGE_CREATE…).</summary>
    public static bool IsEventName(string name)
    {
        if (name.Length is 0 or > MaxEventNameLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static GatewayPayload? FromRoot(JsonElement root, out string failure)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            failure = "frame is not a JSON object";
            return null;
        }

        if (!root.TryGetProperty("op", out var opElement) || opElement.ValueKind != JsonValueKind.Number
            || !opElement.TryGetInt32(out var op))
        {
            failure = "missing or non-integer op";
            return null;
        }

        long? sequence = null;
        if (root.TryGetProperty("s", out var sElement) && sElement.ValueKind != JsonValueKind.Null)
        {
            if (sElement.ValueKind != JsonValueKind.Number || !sElement.TryGetInt64(out var s) || s < 0)
            {
                failure = "s is not a non-negative integer";
                return null;
            }

            sequence = s;
        }

        string? eventName = null;
        if (root.TryGetProperty("t", out var tElement) && tElement.ValueKind != JsonValueKind.Null)
        {
            if (tElement.ValueKind != JsonValueKind.String)
            {
                failure = "t is not a string";
                return null;
            }

            eventName = tElement.GetString();
        }

        var data = root.TryGetProperty("d", out var dElement) ? dElement.Clone() : default;
        failure = "";
        return new GatewayPayload(op, data, sequence, eventName);
    }
}

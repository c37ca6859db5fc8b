using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Gateway;

/// <summary>Serialises the gateway's outer envelope: op, d, s, t.</summary>
internal static class GatewayFrames
{
    public static string Build(int op, JsonNode? d, int? s = null, string? t = null) =>
        new JsonObject { ["op"] = op, ["d"] = d, ["s"] = s, ["t"] = t }.ToJsonString();

    /// <summary>A dispatch whose <c>d</c> is raw text, kept verbatim even when it is not valid JSON (fuzzing).</summary>
    public static string BuildRawDispatch(string eventName, string rawData, int sequence) =>
        $"{{\"op\":0,\"d\":{rawData},\"s\":{sequence},\"t\":{JsonValue.Create(eventName).ToJsonString()}}}";
}

using System.Text.Json;

namespace ReflectBot.Discord.Gateway;

/// <summary>One gateway event (op 0): its name, its sequence number and its data, cloned so it outlives the frame.</summary>
public sealed record GatewayDispatch(string EventName, long Sequence, JsonElement Data);

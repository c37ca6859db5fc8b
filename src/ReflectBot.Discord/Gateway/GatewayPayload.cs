using System.Text.Json;

namespace ReflectBot.Discord.Gateway;

/// <summary>A received gateway frame {op, d, s, t}, with d cloned out of the receive buffer.</summary>
internal sealed record GatewayPayload(int Op, JsonElement Data, long? Sequence, string? EventName);

using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Rest;

namespace ReflectBot.LocalDiscord.State;

/// <summary>Registered application commands: the global set and one set per guild, each with the raw body of its last PUT.</summary>
internal sealed class CommandStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, (JsonArray Commands, JsonNode? RawBody)> _byScope = [];

    /// <summary>Scope 0 is global; otherwise a guild id.</summary>
    public JsonArray Get(ulong scope)
    {
        lock (_lock)
        {
            return _byScope.TryGetValue(scope, out var set) ? (JsonArray)set.Commands.DeepClone() : [];
        }
    }

    public void Replace(ulong scope, JsonArray commands, JsonNode? rawBody)
    {
        lock (_lock)
        {
            _byScope[scope] = ((JsonArray)commands.DeepClone(), rawBody?.DeepClone());
        }
    }

    public IReadOnlyList<(ulong Scope, JsonArray Commands, JsonNode? RawBody)> All()
    {
        lock (_lock)
        {
            return [.. _byScope.Select(pair => (pair.Key, (JsonArray)pair.Value.Commands.DeepClone(), pair.Value.RawBody?.DeepClone()))];
        }
    }

    /// <summary>The registered command with this name visible in the guild (guild commands first), if any.</summary>
    public JsonObject? FindByName(ulong guildId, string name, int type)
    {
        lock (_lock)
        {
            foreach (var scope in new[] { guildId, 0UL })
            {
                if (_byScope.TryGetValue(scope, out var set)
                    && set.Commands.OfType<JsonObject>().FirstOrDefault(c =>
                        JsonRead.String(c["name"]) == name && (JsonRead.Integer(c["type"]) ?? 1) == type) is { } found)
                {
                    return (JsonObject)found.DeepClone();
                }
            }

            return null;
        }
    }
}

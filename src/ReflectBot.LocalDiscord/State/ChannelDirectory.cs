using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.State;

/// <summary>A channel of any kind, with what permission checks and payloads need to know about it.</summary>
internal sealed record ResolvedChannel
{
    public required ulong Id { get; init; }
    public required int Type { get; init; }
    public bool Nsfw { get; init; }
    public ulong? GuildId { get; init; }

    /// <summary>The guild channel whose overwrites apply: the channel itself, or a thread's parent.</summary>
    public WorldChannel? PermissionSource { get; init; }

    public WorldUser? Recipient { get; init; }
    public required JsonObject Json { get; init; }

    public bool IsDm => Type == 1;
    public bool IsThread => Type is 10 or 11 or 12;
}

/// <summary>The seeded guild channels plus what appears at run time: opened DMs and threads.</summary>
internal sealed class ChannelDirectory(LocalWorld world)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, JsonObject> _threads = [];

    /// <summary>
    /// A person's DM with the bot. As on Discord, its id never changes, so a bot may keep the id and
    /// send to it later (even after this server restarts) without opening it again.
    /// </summary>
    public static ResolvedChannel OpenDm(WorldUser recipient) => Dm(recipient);

    public ResolvedChannel? Resolve(ulong channelId)
    {
        if (world.FindChannel(channelId) is { } channel)
        {
            return new ResolvedChannel
            {
                Id = channel.Id,
                Type = channel.Type,
                Nsfw = channel.Nsfw,
                GuildId = world.Guild.Id,
                PermissionSource = channel,
                Json = WorldJson.GuildChannel(world, channel),
            };
        }

        if (world.FindDmRecipient(channelId) is { } recipient)
        {
            return Dm(recipient);
        }

        lock (_lock)
        {
            if (_threads.TryGetValue(channelId, out var thread))
            {
                var parent = world.FindChannel(ulong.Parse(thread["parent_id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))!;
                return new ResolvedChannel
                {
                    Id = channelId,
                    Type = thread["type"]!.GetValue<int>(),
                    Nsfw = parent.Nsfw,
                    GuildId = world.Guild.Id,
                    PermissionSource = parent,
                    Json = (JsonObject)thread.DeepClone(),
                };
            }
        }

        return null;
    }

    /// <summary>Adds a public thread started from a message; false when that message already has one.</summary>
    public bool TryAddThread(ulong threadId, JsonObject thread)
    {
        lock (_lock)
        {
            return _threads.TryAdd(threadId, thread);
        }
    }

    private static ResolvedChannel Dm(WorldUser recipient) => new()
    {
        Id = recipient.DmChannelId,
        Type = 1,
        Recipient = recipient,
        Json = WorldJson.DmChannel(recipient),
    };
}

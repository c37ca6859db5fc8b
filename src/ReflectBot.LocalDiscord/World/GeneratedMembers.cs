using System.Collections;
using System.Globalization;

namespace ReflectBot.LocalDiscord.World;

/// <summary>
/// A crowd of plain guild members whose ids are computed from their index, so 100,000 of them cost
/// nothing until named and any id maps back to its member in O(1). Each member is built once, on first use.
/// </summary>
internal sealed class GeneratedMembers : IReadOnlyList<WorldUser>
{
    public const int MaxCount = 1_000_000;

    // Seeded and minted ids carry worker 1; worker 2 keeps the crowd clear of both at any clock.
    private const ulong Worker = 2;
    private const ulong UserKind = 0;
    private const ulong DmChannelKind = 1;
    private const int IncrementBits = 12;
    private const ulong IncrementMask = (1UL << IncrementBits) - 1;

    private static readonly ulong BaseMs =
        (ulong)(new DateTimeOffset(2024, 3, 1, 13, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() - Snowflake.DiscordEpochMs);

    private readonly WorldUser?[] _built;

    public GeneratedMembers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        _built = new WorldUser?[count];
    }

    public int Count => _built.Length;

    public WorldUser this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var user = Volatile.Read(ref _built[index]);
            if (user is null)
            {
                var fresh = Build(index);
                user = Interlocked.CompareExchange(ref _built[index], fresh, null) ?? fresh;
            }

            return user;
        }
    }

    public WorldUser? FindUser(ulong id) => IndexOf(id, UserKind) is { } index ? this[index] : null;

    public WorldUser? FindDmRecipient(ulong dmChannelId) => IndexOf(dmChannelId, DmChannelKind) is { } index ? this[index] : null;

    public IEnumerator<WorldUser> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static WorldUser Build(int index)
    {
        var name = "member" + index.ToString("D5", CultureInfo.InvariantCulture);
        return new WorldUser
        {
            Id = Compose(index, UserKind),
            Username = name,
            GlobalName = name,
            DmChannelId = Compose(index, DmChannelKind),
        };
    }

    private static ulong Compose(int index, ulong kind) =>
        ((BaseMs + ((ulong)index >> IncrementBits)) << 22) | (Worker << 17) | (kind << IncrementBits) | ((ulong)index & IncrementMask);

    private int? IndexOf(ulong id, ulong kind)
    {
        if (((id >> 17) & 0x1F) != Worker || ((id >> IncrementBits) & 0x1F) != kind
            || (id >> 22) < BaseMs || (id >> 22) - BaseMs > (MaxCount >> IncrementBits))
        {
            return null;
        }

        var index = (((id >> 22) - BaseMs) << IncrementBits) | (id & IncrementMask);
        return index < (ulong)Count ? (int)index : null;
    }
}

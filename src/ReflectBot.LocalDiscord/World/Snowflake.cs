namespace ReflectBot.LocalDiscord.World;

/// <summary>Discord's id layout: milliseconds since 2015 in the high bits, then worker, process and increment.</summary>
internal static class Snowflake
{
    public const long DiscordEpochMs = 1_420_070_400_000;

    public static ulong Compose(DateTimeOffset at, int increment) =>
        ((ulong)Math.Max(at.ToUnixTimeMilliseconds() - DiscordEpochMs, 0) << 22) | (1UL << 17) | ((ulong)increment & 0xFFF);

    public static DateTimeOffset TimestampOf(ulong id) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(id >> 22) + DiscordEpochMs);
}

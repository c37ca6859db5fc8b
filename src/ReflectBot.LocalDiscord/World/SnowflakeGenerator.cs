namespace ReflectBot.LocalDiscord.World;

/// <summary>Hands out increasing snowflakes stamped with the (possibly fake) clock.</summary>
internal sealed class SnowflakeGenerator(TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private ulong _last;

    public ulong Next()
    {
        lock (_lock)
        {
            var candidate = Snowflake.Compose(timeProvider.GetUtcNow(), 0);
            // Ids minted in the same millisecond (or under a frozen fake clock) still increase.
            _last = candidate > _last ? candidate : _last + 1;
            return _last;
        }
    }
}

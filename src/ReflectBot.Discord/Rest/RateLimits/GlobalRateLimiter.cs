using Microsoft.Extensions.Options;

namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>At most N requests per second across the bot, and a full stop while a global 429 lasts.</summary>
public sealed class GlobalRateLimiter(IOptions<DiscordClientOptions> options, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly int _perSecond = options.Value.GlobalRequestsPerSecond;
    private DateTimeOffset _windowEnd = DateTimeOffset.MinValue;
    private int _used;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits for a global pause to end and for a slot in the current second.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = timeProvider.GetUtcNow();
                if (now < _pausedUntil)
                {
                    wait = _pausedUntil - now;
                }
                else
                {
                    if (now >= _windowEnd)
                    {
                        _windowEnd = now + Window;
                        _used = 0;
                    }

                    if (_used < _perSecond)
                    {
                        _used++;
                        return;
                    }

                    wait = _windowEnd - now;
                }
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>Stops every bot-token request until <paramref name="until"/> (a global 429).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }
}

namespace ReflectBot.Discord.Gateway;

/// <summary>
/// Exponential backoff with jitter. The first reconnect after a healthy connection is immediate (Discord asks
/// for that on op 7 and zombies); each further failure in a row doubles the wait up to the cap.
/// </summary>
internal sealed class GatewayReconnectBackoff(TimeSpan initial, TimeSpan max, Func<double> random)
{
    private int _failuresInARow;

    /// <summary>Notes how a connection ended and returns the wait before the next attempt.</summary>
    public TimeSpan NextDelay(bool lastConnectionWasHealthy)
    {
        _failuresInARow = lastConnectionWasHealthy ? 1 : _failuresInARow + 1;
        if (_failuresInARow <= 1)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(_failuresInARow - 2, 30);
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exponent));

        // Half fixed, half random: spreads many bots reconnecting after one outage.
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (random() / 2)));
    }
}

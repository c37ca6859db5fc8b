namespace ReflectBot.Discord.Tests.Gateway;

/// <summary>Waits for a state the code under test exposes but does not signal; bounded, so a bug fails instead of hanging.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Wait);
        while (!condition())
        {
            // Polls a condition (not a duration): the test proceeds the moment it holds.
            await Task.Delay(TimeSpan.FromMilliseconds(5), timeout.Token);
        }
    }
}

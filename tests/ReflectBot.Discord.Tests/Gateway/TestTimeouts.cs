namespace ReflectBot.Discord.Tests.Gateway;

/// <summary>Real-time bounds on every wait, so a bug fails a test instead of hanging it.</summary>
internal static class TestTimeouts
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>How long to watch for something that must not happen (only after what should happen was seen).</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);
}

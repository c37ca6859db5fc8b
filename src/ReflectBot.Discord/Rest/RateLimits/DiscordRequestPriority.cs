namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// Whether a bot-token request answers someone who is waiting (<see cref="Interactive"/>, the default) or is
/// background work such as a scheduled fan-out. Background requests yield the global limit to interactive ones.
/// </summary>
public enum DiscordRequestPriority
{
    Interactive,
    Background,
}

/// <summary>
/// The ambient priority of the requests made on the current async flow:
/// <c>using (DiscordRequestPriority.BeginBackground()) { … }</c>.
/// </summary>
public static class DiscordRequestPriorityScope
{
    private static readonly AsyncLocal<DiscordRequestPriority?> Ambient = new();

    extension(DiscordRequestPriority)
    {
        /// <summary>The priority requests made here get; <see cref="DiscordRequestPriority.Interactive"/> outside any scope.</summary>
        public static DiscordRequestPriority Current => Ambient.Value ?? DiscordRequestPriority.Interactive;

        /// <summary>Marks the requests made until the scope is disposed as background work.</summary>
        public static IDisposable BeginBackground() => Begin(DiscordRequestPriority.Background);

        /// <summary>Sets the priority until the returned scope is disposed, then restores the one before.</summary>
        public static IDisposable Begin(DiscordRequestPriority priority)
        {
            var previous = Ambient.Value;
            Ambient.Value = priority;
            return new Restore(previous);
        }
    }

    private sealed class Restore(DiscordRequestPriority? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                Ambient.Value = previous;
            }
        }
    }
}

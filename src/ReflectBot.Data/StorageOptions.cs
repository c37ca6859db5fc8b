namespace ReflectBot.Data;

/// <summary>Where the SQLite database lives, how long a connection waits for a lock, and how personal text is protected and kept.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Path of the database file; a relative path resolves against the working directory.</summary>
    public string DatabasePath { get; set; } = "data/reflectbot.db";

    /// <summary>How long a statement waits for another writer before failing with SQLITE_BUSY.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Base64 of exactly 32 random bytes (for example from <c>openssl rand -base64 32</c>); when set, reflections, quiz
    /// answers and safety plans are encrypted at rest. Empty keeps them in clear.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Days to keep check-in entries before the host's purge job removes them; 0 keeps them forever.</summary>
    public int RetentionDays { get; set; }
}

namespace ReflectBot.Data;

/// <summary>Where the SQLite database lives and how long a connection waits for a lock.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Path of the database file; a relative path resolves against the working directory.</summary>
    public string DatabasePath { get; set; } = "data/reflectbot.db";

    /// <summary>How long a statement waits for another writer before failing with SQLITE_BUSY.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

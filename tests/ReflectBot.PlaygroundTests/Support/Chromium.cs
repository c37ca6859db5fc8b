namespace ReflectBot.PlaygroundTests.Support;

/// <summary>
/// Where Debian's Chromium is (Playwright's own browser download cannot work here), or why the browser tests are
/// skipped. REFLECTBOT_CHROMIUM names another executable.
/// </summary>
public static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string? ExecutablePath { get; } = Find();

    public static string? MissingReason => ExecutablePath is null
        ? "Chromium is not installed: install Debian's chromium package (.ci/run does), or set REFLECTBOT_CHROMIUM to a Chromium executable."
        : null;

    /// <summary>What Chromium needs to start headless in a container with no network beyond loopback.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("REFLECTBOT_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }
}

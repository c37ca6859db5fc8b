namespace ReflectBot.PlaygroundTests.Support;

/// <summary>A test in a real browser: reported as skipped, with the reason, where Chromium is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

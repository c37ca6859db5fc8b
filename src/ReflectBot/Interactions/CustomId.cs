namespace ReflectBot.Interactions;

/// <summary>
/// A component's custom id, written as <c>prefix:part:part…</c>. The prefix picks the handler;
/// the parts are the handler's own. Discord allows 100 characters.
/// </summary>
public sealed record CustomId(string Prefix, IReadOnlyList<string> Parts)
{
    public const int MaxLength = 100;
    private const char Separator = ':';

    public static CustomId Create(string prefix, params string[] parts)
    {
        var id = new CustomId(prefix, parts);
        var text = id.ToString();
        if (text.Length > MaxLength)
        {
            throw new ArgumentException($"A custom id may hold {MaxLength} characters; this one has {text.Length}.", nameof(parts));
        }

        return id;
    }

    /// <summary>Reads a custom id that came back from Discord; anything odd is refused rather than trusted.</summary>
    public static bool TryParse(string? text, out CustomId customId)
    {
        customId = new CustomId("", []);
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var pieces = text.Split(Separator);
        if (pieces[0].Length == 0)
        {
            return false;
        }

        customId = new CustomId(pieces[0], pieces[1..]);
        return true;
    }

    public string? PartOrDefault(int index) => index < Parts.Count ? Parts[index] : null;

    public override string ToString() => Parts.Count == 0 ? Prefix : $"{Prefix}{Separator}{string.Join(Separator, Parts)}";
}

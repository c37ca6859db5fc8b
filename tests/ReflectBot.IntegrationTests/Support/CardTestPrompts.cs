namespace ReflectBot.IntegrationTests.Support;

/// <summary>
/// A copy of the repository's prompts folder whose cards/ holds this test's own cards, so card tests know
/// which card is mature and which is not, whatever the real cards say.
/// </summary>
public sealed class CardTestPrompts : IDisposable
{
    public const string Plain = "test-plain";
    public const string Mature = "test-mature";
    public const string PlainTitle = "A plain test card";
    public const string MatureTitle = "A mature test card";
    private const int FillerCount = 18;

    private readonly string _parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reflectbot-cards-" + Guid.NewGuid().ToString("N"));

    public CardTestPrompts()
    {
        Path = System.IO.Path.Combine(_parent, "prompts");
        Copy(RepositoryPaths.Prompts, Path);
        var cards = System.IO.Path.Combine(Path, "cards");
        if (Directory.Exists(cards))
        {
            Directory.Delete(cards, recursive: true);
        }

        Directory.CreateDirectory(cards);
        Write(cards, Plain, PlainTitle, mature: false, related: [Mature, Filler(1)]);
        Write(cards, Mature, MatureTitle, mature: true, related: [Plain]);
        for (var i = 1; i <= FillerCount; i++)
        {
            Write(cards, Filler(i), $"Filler card {i}", mature: false, related: [Plain]);
        }
    }

    public string Path { get; }

    public Dictionary<string, string?> Settings => new() { ["Content:PromptsPath"] = Path };

    public static string Filler(int i) => $"test-filler-{i:00}";

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private static void Write(string folder, string id, string title, bool mature, IReadOnlyList<string> related) =>
        File.WriteAllText(System.IO.Path.Combine(folder, id + ".yaml"), $"""
            id: {id}
            title: {title}
            summary: What {id} is about, in one line.
            theme: connection
            mature: {(mature ? "true" : "false")}
            sources: [attachment-intimacy]
            related: [{string.Join(", ", related)}]
            body: |
              The body of {id}.
            """.ReplaceLineEndings("\n"));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            Copy(folder, System.IO.Path.Combine(to, System.IO.Path.GetFileName(folder)));
        }
    }
}

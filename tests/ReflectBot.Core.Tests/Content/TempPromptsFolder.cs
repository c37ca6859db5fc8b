using ReflectBot.Core.Content;
using ReflectBot.Core.Tests.Cards;
using ReflectBot.Core.Tests.Grounding;
using ReflectBot.Core.Tests.Quiz;
using ReflectBot.Core.Tests.Reflection;
using ReflectBot.Core.Tests.Safety;

namespace ReflectBot.Core.Tests.Content;

/// <summary>A prompts/ folder in a fresh temporary directory, so error paths read prompts/pages/….</summary>
internal sealed class TempPromptsFolder : IDisposable
{
    private readonly string _parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reflectbot-content-" + Guid.NewGuid().ToString("N"));

    public TempPromptsFolder(bool withRequiredPages = true)
    {
        Path = System.IO.Path.Combine(_parent, "prompts");
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "pages"));
        if (withRequiredPages)
        {
            Write("pages/about.yaml", ValidPage("about"));
            Write("pages/help.yaml", ValidPage("help"));
            Write("pages/privacy.yaml", ValidPage("privacy"));

            // Every registered kind's folder must exist and be valid, so page tests start from a complete quiz, reflections, grounding exercises, cards and crisis lists too.
            QuizContent.WriteValid(this);
            ReflectionContent.WriteValid(this);
            GroundingContent.WriteValid(this);
            CardContent.WriteValid(this);
            CrisisContent.WriteValid(this);
        }
    }

    public string Path { get; }

    public static string ValidPage(string id) => $"""
        id: {id}
        title: Title of {id}
        summary: What {id} is for.
        body: |
          First paragraph.

          Second paragraph.
        """;

    public void Write(string relativePath, string text) =>
        File.WriteAllText(System.IO.Path.Combine(Path, relativePath), text.ReplaceLineEndings("\n"));

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Loads the folder expecting failure, and returns the errors.</summary>
    public async Task<IReadOnlyList<ContentError>> LoadErrorsAsync()
    {
        var result = await new ContentLoader().LoadAsync(Path, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Null(result.Catalog);
        return result.Errors;
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}

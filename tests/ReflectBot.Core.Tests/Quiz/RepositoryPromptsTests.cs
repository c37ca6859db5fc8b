using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class RepositoryPromptsTests
{
    [Fact]
    public async Task The_real_prompts_folder_loads_a_balanced_quiz_and_every_pattern()
    {
        var result = await new ContentLoader().LoadAsync(FindPrompts(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var instrument = QuizInstrument.FromCatalog(result.Catalog);
        var full = instrument.ItemsFor(QuizMode.Full);
        var brief = instrument.ItemsFor(QuizMode.Short);
        Assert.True(full.Count >= 24);
        Assert.Equal(12, brief.Count);
        foreach (var dimension in Enum.GetValues<AttachmentDimension>())
        {
            Assert.Equal(6, brief.Count(item => item.Dimension == dimension));
        }

        foreach (var pattern in Enum.GetValues<AttachmentPattern>())
        {
            var explainer = result.Catalog.Get<PatternExplainer>(pattern.ContentId());
            Assert.Contains("lean", explainer.Summary, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("/help", explainer.NextStep, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_real_items_are_statements_without_a_question_mark()
    {
        var items = Directory.EnumerateFiles(Path.Combine(FindPrompts(), "quiz", "items"), "*.yaml")
            .Select(File.ReadAllText)
            .ToList();

        Assert.NotEmpty(items);
        Assert.All(items, text => Assert.DoesNotContain("?", text, StringComparison.Ordinal));
    }

    // Tests run from bin/…; the prompts folder sits at the repository root next to Directory.Build.props.
    internal static string FindPrompts()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(folder.FullName, "prompts")))
            {
                return Path.Combine(folder.FullName, "prompts");
            }
        }

        throw new DirectoryNotFoundException("The repository's prompts folder was not found above the test's folder.");
    }
}

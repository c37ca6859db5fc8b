using System.Text.Json;
using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;
using ReflectBot.Workloads.Peers;

namespace ReflectBot.FaultTests.Peers;

public sealed class PeerQuizExportTests
{
    [Fact]
    public async Task WriteAsync_RepositoryContent_AsksTheShortStatementsInOrderWithTheirDimensionAndKeying()
    {
        var prompts = PromptsPath();
        var path = Path.Combine(Path.GetTempPath(), $"peer-quiz-{Guid.NewGuid():N}.json");
        try
        {
            await PeerQuizExport.WriteAsync(path, prompts, CancellationToken.None);

            var catalog = await new ContentLoader().LoadOrThrowAsync(prompts, CancellationToken.None);
            var expected = QuizInstrument.FromCatalog(catalog).ItemsFor(QuizMode.Short);
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path, CancellationToken.None));
            var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(expected.Select(i => i.Id), items.Select(i => i.GetProperty("id").GetString()));
            Assert.Equal(expected.Select(i => i.Text), items.Select(i => i.GetProperty("text").GetString()));
            Assert.Equal(expected.Select(i => i.Keying == ItemKeying.Reverse), items.Select(i => i.GetProperty("reverse").GetBoolean()));
            Assert.Equal(
                expected.Select(i => i.Dimension.ToString().ToLowerInvariant()),
                items.Select(i => i.GetProperty("dimension").GetString()));
            Assert.Equal(AgreementScale.Labels, json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
            Assert.Equal(AgreementScale.Midpoint, json.RootElement.GetProperty("cutOff").GetDouble());
            var patterns = json.RootElement.GetProperty("patterns");
            Assert.Equal(AttachmentPatternIds.All, patterns.EnumerateObject().Select(p => p.Name));
            Assert.Equal(catalog.All<PatternExplainer>()["secure"].Title, patterns.GetProperty("secure").GetProperty("title").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Serialize_PatternWithoutExplainer_SaysWhichIsMissing()
    {
        var instrument = new QuizInstrument([]);

        var error = Assert.Throws<InvalidOperationException>(
            () => PeerQuizExport.Serialize(instrument, new Dictionary<string, PatternExplainer>(), AgreementScale.Midpoint));

        Assert.Contains("secure", error.Message, StringComparison.Ordinal);
    }

    private static string PromptsPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReflectBot.sln")))
            {
                return Path.Combine(directory.FullName, "prompts");
            }
        }

        throw new InvalidOperationException("ReflectBot.sln was not found above the test's folder.");
    }
}

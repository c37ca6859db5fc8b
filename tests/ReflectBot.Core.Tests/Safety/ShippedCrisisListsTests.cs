using ReflectBot.Core.Content;
using ReflectBot.Core.Safety;
using ReflectBot.Core.Tests.Quiz;

namespace ReflectBot.Core.Tests.Safety;

/// <summary>The lists in the repository's prompts/crisis/ are the ones the bot ships, so the cases run against them.</summary>
public sealed class ShippedCrisisListsTests(ShippedCrisisListsTests.ShippedCatalog shipped) : IClassFixture<ShippedCrisisListsTests.ShippedCatalog>
{
    [Theory]
    [MemberData(nameof(CrisisCases.MustMatch), MemberType = typeof(CrisisCases))]
    public void Texts_that_speak_of_a_crisis_are_found_with_their_category(string text, string categoryId)
    {
        var match = shipped.Catalog.CrisisDetector.Find(text);

        Assert.NotNull(match);
        Assert.Equal(categoryId, match.CategoryId);
        Assert.Equal(shipped.Catalog.Get<CrisisCategory>(categoryId).Label, match.Label);
    }

    [Theory]
    [MemberData(nameof(CrisisCases.MustNotMatch), MemberType = typeof(CrisisCases))]
    public void Everyday_talk_that_shares_words_is_left_alone(string text) =>
        Assert.Null(shipped.Catalog.CrisisDetector.Find(text));

    [Fact]
    public void The_case_lists_are_as_broad_as_agreed()
    {
        Assert.True(CrisisCases.MustMatch.Count >= 30);
        Assert.True(CrisisCases.MustNotMatch.Count >= 30);
        var categories = CrisisCases.MustMatch.Select(row => (string)row[1]).ToHashSet();
        Assert.Equal(shipped.Catalog.All<CrisisCategory>().Keys.ToHashSet(), categories);
    }

    [Fact]
    public void The_catalog_compiles_its_detector_once() =>
        Assert.Same(shipped.Catalog.CrisisDetector, shipped.Catalog.CrisisDetector);

    [Fact]
    public void The_default_resources_point_to_the_helpline_directory_and_the_emergency_number_and_fit_an_embed_field()
    {
        var text = shipped.Catalog.CrisisResources.Text;

        Assert.True(text.Length <= 1024, $"the resources are {text.Length} characters long");
        Assert.Contains("https://findahelpline.com", text, StringComparison.Ordinal);
        Assert.Contains("emergency number", text, StringComparison.Ordinal);
        Assert.Contains("someone you trust", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_privacy_page_names_export_delete_the_safety_plan_and_says_plainly_when_text_is_stored_in_clear()
    {
        var page = shipped.Catalog.GetPage("privacy");
        var all = page.Body + string.Concat(page.Fields.Select(field => field.Name + field.Value));

        Assert.Contains("/mydata export", all, StringComparison.Ordinal);
        Assert.Contains("/mydata delete", all, StringComparison.Ordinal);
        Assert.Contains("/safetyplan", all, StringComparison.Ordinal);
        Assert.Contains("stored in clear", all, StringComparison.Ordinal);
        Assert.Contains("Moderators", all, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_page_lists_the_safety_plan() =>
        Assert.Contains(shipped.Catalog.GetPage("help").Fields, field => field.Name == "/safetyplan");

    /// <summary>The repository's content, loaded once for all cases.</summary>
    public sealed class ShippedCatalog : IAsyncLifetime
    {
        private ContentCatalog? _catalog;

        public ContentCatalog Catalog => _catalog ?? throw new InvalidOperationException("Not loaded yet.");

        public async Task InitializeAsync() =>
            _catalog = await new ContentLoader().LoadOrThrowAsync(RepositoryPromptsTests.FindPrompts(), CancellationToken.None);

        public Task DisposeAsync() => Task.CompletedTask;
    }
}

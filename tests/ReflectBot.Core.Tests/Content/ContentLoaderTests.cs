using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Pages;

namespace ReflectBot.Core.Tests.Content;

public sealed class ContentLoaderTests
{
    private readonly ContentLoader _loader = new();

    [Fact]
    public async Task A_valid_folder_loads_every_page_with_its_texts()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/extra.yaml", """
            id: extra
            title: "  Extra  "
            summary: A page with every optional part.
            body: Short body.
            fields:
              - name: First
                value: |
                  One
                  Two
              - name: Second
                value: Three
            footer: The end.
            """);

        var result = await _loader.LoadAsync(prompts.Path, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["about", "extra", "help", "privacy"], result.Catalog.Pages.Keys.Order(StringComparer.Ordinal));
        var extra = result.Catalog.GetPage("extra");
        Assert.Equal("Extra", extra.Title);
        Assert.Equal([new PageField { Name = "First", Value = "One\nTwo" }, new PageField { Name = "Second", Value = "Three" }], extra.Fields);
        Assert.Equal("The end.", extra.Footer);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", result.Catalog.GetPage("about").Body);
        Assert.Empty(result.Catalog.GetPage("help").Fields);
        Assert.Null(result.Catalog.GetPage("help").Footer);
    }

    [Fact]
    public async Task An_id_that_does_not_match_the_file_name_is_reported_at_the_id()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", TempPromptsFolder.ValidPage("helper"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 1, 5, "id 'helper' must match the file name 'help'"), error);
    }

    [Fact]
    public async Task An_id_that_is_not_lower_kebab_case_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/First_Steps.yaml", TempPromptsFolder.ValidPage("First_Steps"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal("prompts/pages/First_Steps.yaml", error.File);
        Assert.Contains("lower-kebab-case", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_id_is_reported_with_the_file_that_used_it_first()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/about.yaml", TempPromptsFolder.ValidPage("help"));

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                new ContentError("prompts/pages/about.yaml", 1, 5, "id 'help' must match the file name 'about'"),
                new ContentError("prompts/pages/help.yaml", 1, 5, "id 'help' is already used by prompts/pages/about.yaml"),
            ],
            errors);
    }

    [Fact]
    public async Task A_missing_prompts_folder_is_one_clear_error()
    {
        using var prompts = new TempPromptsFolder();
        var missing = Path.Combine(prompts.Path, "nowhere");

        var result = await _loader.LoadAsync(missing, CancellationToken.None);

        var error = Assert.Single(result.Errors);

        Assert.Equal(new ContentError("nowhere", 0, 0, $"the prompts folder does not exist (looked for {missing})"), error);
    }

    [Fact]
    public async Task A_missing_required_page_and_a_missing_kind_folder_are_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Delete("pages/help.yaml");

        var error = Assert.Single(await prompts.LoadErrorsAsync());
        Assert.Equal(new ContentError("prompts/pages/help.yaml", 0, 0, "this file is required but missing"), error);

        Directory.Delete(Path.Combine(prompts.Path, "pages"), recursive: true);
        var missingFolder = await prompts.LoadErrorsAsync();
        Assert.Contains(new ContentError("prompts/pages", 0, 0, "the folder for pages is missing"), missingFolder);
    }

    [Fact]
    public async Task Errors_from_several_files_are_all_reported_in_file_and_line_order()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", "id: help\ntitle: Help\nsummary: S\n");
        prompts.Write("pages/about.yaml", "id: about\ntitle: About\nsummary: S\nbody: B\nextra: x\nmore: y\n");
        prompts.Write("pages/broken.yaml", "id: broken\n  title: x\n");
        prompts.Write("pages/old.yml", TempPromptsFolder.ValidPage("old"));

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                "prompts/pages/about.yaml:5:1",
                "prompts/pages/about.yaml:6:1",
                "prompts/pages/broken.yaml:2:8",
                "prompts/pages/help.yaml:1:1",
                "prompts/pages/old.yml",
            ],
            errors.Select(e => e.Line > 0 ? $"{e.File}:{e.Line}:{e.Column}" : e.File));
    }

    [Fact]
    public async Task Loading_or_throwing_lists_every_error_one_per_line()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", "id: help\ntitle: Help\n");

        var failure = await Assert.ThrowsAsync<ContentValidationException>(
            () => _loader.LoadOrThrowAsync(prompts.Path, CancellationToken.None));

        Assert.Equal(2, failure.Errors.Count);
        var lines = failure.Message.Split(Environment.NewLine);
        Assert.Equal(
            ["prompts/pages/help.yaml:1:1: missing required key 'summary'", "prompts/pages/help.yaml:1:1: missing required key 'body'"],
            lines[1..]);
    }

    [Fact]
    public async Task The_repository_prompts_folder_loads_without_errors()
    {
        var result = await _loader.LoadAsync(Path.Combine(RepositoryRoot(), "prompts"), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("/privacy", result.Catalog.GetPage("about").Fields.Select(f => f.Value).Aggregate(string.Concat), StringComparison.Ordinal);
        Assert.Contains(result.Catalog.GetPage("help").Fields, f => f.Name == "/mydata");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReflectBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ReflectBot.sln was not found above the test binaries.");
    }
}

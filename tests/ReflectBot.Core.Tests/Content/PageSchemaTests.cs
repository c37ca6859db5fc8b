using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Pages;

namespace ReflectBot.Core.Tests.Content;

public sealed class PageSchemaTests
{
    [Fact]
    public async Task An_unknown_key_is_reported_at_its_own_line_with_the_keys_that_are_known()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", TempPromptsFolder.ValidPage("help") + "\ncolour: blue\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 8, 1,
            "unknown key 'colour'; expected one of: id, title, summary, body, fields, footer"), error);
    }

    [Fact]
    public async Task An_unknown_key_inside_a_field_names_the_field_and_its_column()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", """
            id: help
            title: Help
            summary: S
            body: B
            fields:
              - name: A
                value: B
              - name: C
                valeu: D
            """);

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                new ContentError("prompts/pages/help.yaml", 8, 5, "missing required key 'fields[2].value'"),
                new ContentError("prompts/pages/help.yaml", 9, 5, "unknown key 'fields[2].valeu'; expected one of: name, value"),
            ],
            errors);
    }

    [Fact]
    public async Task A_missing_required_key_is_reported_at_the_start_of_its_mapping()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", """

            id: help
            title: Help
            body: B
            """);

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 2, 1, "missing required key 'summary'"), error);
    }

    [Fact]
    public async Task A_list_where_text_belongs_and_text_where_a_list_belongs_are_wrong_types()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", """
            id: help
            title: [Help, Me]
            summary: S
            body: B
            fields: none
            """);

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                new ContentError("prompts/pages/help.yaml", 2, 8, "'title' must be text, but it is a list"),
                new ContentError("prompts/pages/help.yaml", 5, 9, "'fields' must be a list, but it is text"),
            ],
            errors);
    }

    [Fact]
    public async Task An_over_long_body_is_reported_at_the_line_where_its_value_starts()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", $"""
            id: help
            title: Help
            summary: S
            body: |
              {new string('x', PageLimits.Body + 1)}
            """);

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 4, 7, "'body' is 4097 characters long; the limit is 4096"), error);
    }

    [Fact]
    public async Task More_fields_than_the_limit_are_reported_at_the_list()
    {
        using var prompts = new TempPromptsFolder();
        var fields = string.Concat(Enumerable.Range(1, PageLimits.Fields + 1).Select(i => $"\n  - {{ name: N{i}, value: V }}"));
        prompts.Write("pages/help.yaml", "id: help\ntitle: Help\nsummary: S\nbody: B\nfields:" + fields + "\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 6, 3, "'fields' has 26 items; the limit is 25"), error);
    }

    [Fact]
    public async Task A_page_longer_in_total_than_the_limit_is_reported_even_when_each_part_fits()
    {
        using var prompts = new TempPromptsFolder();
        var field = $"\n  - name: N\n    value: {new string('v', PageLimits.FieldValue)}";
        prompts.Write("pages/help.yaml", $"id: help\ntitle: Help\nsummary: S\nbody: {new string('b', PageLimits.Body)}\nfields:{field}{field}\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 1, 1,
            "title, body, fields and footer together are 6150 characters long; the limit is 6000"), error);
    }

    [Fact]
    public async Task A_summary_over_two_lines_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", "id: help\ntitle: Help\nsummary: |\n  one\n  two\nbody: B\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 3, 10, "'summary' must be a single line"), error);
    }
}

using ReflectBot.Core.Content;

namespace ReflectBot.Core.Tests.Content;

public sealed class YamlDocumentTests
{
    [Fact]
    public async Task A_yaml_syntax_error_names_the_file_line_and_column()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", """
            id: help
            title: Help
              summary: indented too far
            body: text
            """);

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(("prompts/pages/help.yaml", 3, 10), (error.File, error.Line, error.Column));
        Assert.Equal("YAML syntax error: While scanning a plain scalar value, found invalid mapping.", error.Reason);
    }

    [Fact]
    public async Task A_bracket_left_open_until_the_end_is_a_syntax_error_where_reading_stopped()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", """
            id: help
            title: Help
            summary: [unclosed
            body: text
            """);

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(("prompts/pages/help.yaml", 4, 1), (error.File, error.Line, error.Column));
        Assert.Contains("unclosed bracket", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_reported_at_its_first_line()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", "# nothing yet\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 1, 1, "the file is empty; it should hold one YAML mapping, starting with 'id:'"), error);
    }

    [Fact]
    public async Task A_second_document_in_a_file_is_reported_where_it_starts()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", TempPromptsFolder.ValidPage("help") + "\n---\nid: other\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(("prompts/pages/help.yaml", 9, 1), (error.File, error.Line, error.Column));
        Assert.Contains("exactly one YAML document", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_a_list_rather_than_a_mapping_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", "- id: help\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/pages/help.yaml", 1, 1, "the file must be a mapping of keys, such as 'id: about'"), error);
    }

    [Fact]
    public async Task A_key_given_twice_is_reported_at_the_second_one()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", TempPromptsFolder.ValidPage("help") + "\ntitle: Again\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal("prompts/pages/help.yaml:8:1: YAML syntax error: Duplicate key title", error.ToString());
    }
}

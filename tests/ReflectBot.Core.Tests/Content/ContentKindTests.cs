using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Pages;
using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Tests.Content;

public sealed class ContentKindTests
{
    [Fact]
    public async Task A_new_kind_needs_only_a_record_and_a_schema_to_load_and_be_checked()
    {
        using var prompts = new TempPromptsFolder();
        Directory.CreateDirectory(Path.Combine(prompts.Path, "notes"));
        prompts.Write("notes/first.yaml", "id: first\ntext: Hello\n");
        prompts.Write("notes/second.yaml", "id: second\n\"text\": Again\n");
        var loader = new ContentLoader([new PageSchema(), new NoteSchema()]);

        var result = await loader.LoadAsync(prompts.Path, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(new Note("first", "Hello"), result.Catalog.Get<Note>("first"));
        Assert.Equal(2, result.Catalog.All<Note>().Count);
        Assert.Equal(3, result.Catalog.Pages.Count);
    }

    [Fact]
    public async Task A_new_kind_gets_the_same_error_reporting_as_pages()
    {
        using var prompts = new TempPromptsFolder();
        Directory.CreateDirectory(Path.Combine(prompts.Path, "notes"));
        prompts.Write("notes/first.yaml", "id: first\ntext: Hello\nmood: calm\n");
        var loader = new ContentLoader([new PageSchema(), new NoteSchema()]);

        var result = await loader.LoadAsync(prompts.Path, CancellationToken.None);

        Assert.Equal(
            [new ContentError("prompts/notes/first.yaml", 3, 1, "unknown key 'mood'; expected one of: id, text")],
            result.Errors);
    }

    [Fact]
    public async Task A_kind_left_out_of_the_loader_is_a_clear_programming_error()
    {
        using var prompts = new TempPromptsFolder();
        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        var failure = Assert.Throws<InvalidOperationException>(() => catalog.All<Note>());

        Assert.Contains(nameof(Note), failure.Message, StringComparison.Ordinal);
    }

    private sealed record Note(string Id, string Text) : IContentItem;

    private sealed class NoteSchema : ContentKind<Note>
    {
        public override string Folder => "notes";

        protected override Note Read(MappingReader root, string id) => new(id, root.RequiredText("text", 100) ?? "");
    }
}

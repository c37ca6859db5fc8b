using ReflectBot.Core.Content;

namespace ReflectBot.Core.Tests.Content;

public sealed class ContentErrorTests
{
    [Fact]
    public void An_error_reads_as_file_line_column_and_reason()
    {
        Assert.Equal("prompts/pages/about.yaml:3:5: too long", new ContentError("prompts/pages/about.yaml", 3, 5, "too long").ToString());
    }

    [Fact]
    public void An_error_about_a_whole_file_or_folder_leaves_out_the_position()
    {
        Assert.Equal("prompts/pages: missing", new ContentError("prompts/pages", 0, 0, "missing").ToString());
    }
}

using System.Text.RegularExpressions;
using ReflectBot.Commands.Privacy;
using ReflectBot.Tests.Support;

namespace ReflectBot.Tests.Privacy;

/// <summary>README's Privacy section and the /privacy page must say the same things, point by point.</summary>
public sealed partial class PrivacyReadmeTests
{
    [Fact]
    public void Readme_privacy_section_has_a_point_for_every_heading_of_the_privacy_page_and_the_settings()
    {
        var section = PrivacySection(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
        var headings = FieldNames(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "prompts", "pages", "privacy.yaml")));

        Assert.True(headings.Count >= 5, "The privacy page's field names could not be read.");
        var missing = headings.Append(PrivacyTexts.SettingsHeading).Where(h => !section.Contains($"**{h}**", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"README's Privacy section has no point for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Readme_privacy_section_names_both_settings_the_export_format_and_that_text_is_in_clear_without_a_key()
    {
        var section = PrivacySection(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));

        Assert.Contains("`Storage:EncryptionKey`", section, StringComparison.Ordinal);
        Assert.Contains("`Storage:RetentionDays`", section, StringComparison.Ordinal);
        Assert.Contains("(docs/data-export.md)", section, StringComparison.Ordinal);
        Assert.Contains("stored in clear", section, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Docs, "data-export.md")));
    }

    [Fact]
    public void Section_reader_stops_at_the_next_heading_so_a_point_elsewhere_does_not_count()
    {
        var section = PrivacySection("# A\n## Privacy\n- **Why**: x\n## Other\n- **What is kept**: y\n");

        Assert.Contains("**Why**", section, StringComparison.Ordinal);
        Assert.DoesNotContain("What is kept", section, StringComparison.Ordinal);
    }

    private static string PrivacySection(string readme)
    {
        var start = readme.IndexOf("\n## Privacy\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no \"## Privacy\" section.");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static List<string> FieldNames(string yaml)
        => FieldName().Matches(yaml).Select(match => match.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex(@"^\s*-\s*name:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex FieldName();
}

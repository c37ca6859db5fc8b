using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReflectBot.Core.Content.Schema;

/// <summary>Turns one file's text into an item of a kind: YAML syntax, the document's shape, the id, unknown keys.</summary>
internal static partial class ContentFileReader
{
    /// <summary>Ids become file names and command arguments, so they stay short and plain.</summary>
    public const int IdMaxLength = 64;

    public static ContentFileResult Read(IContentKind kind, string expectedId, string text, FileErrors errors)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException exception)
        {
            errors.Add(exception.Start, "YAML syntax error: " + WithoutPosition(exception.Message));
            return new ContentFileResult(null, Mark.Empty, null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet breaks off this way, without a position, when a file ends inside an open
            // flow collection; the scanner still knows how far it got.
            errors.Add(scanner.CurrentPosition, "YAML syntax error: the text cannot be read past this point; look for an unclosed bracket, brace or quote");
            return new ContentFileResult(null, Mark.Empty, null);
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(1, 1, "the file is empty; it should hold one YAML mapping, starting with 'id:'");
            return new ContentFileResult(null, Mark.Empty, null);
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(stream.Documents[1].RootNode.Start, "a file holds exactly one YAML document; remove the second '---' and what follows it");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode rootNode)
        {
            errors.Add(stream.Documents[0].RootNode.Start, "the file must be a mapping of keys, such as 'id: about'");
            return new ContentFileResult(null, Mark.Empty, null);
        }

        var root = new MappingReader(rootNode, errors, "");
        var id = root.RequiredText("id", IdMaxLength, singleLine: true);
        var idPosition = rootNode.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "id" }).Value?.Start ?? rootNode.Start;
        if (id is not null && !LowerKebab().IsMatch(id))
        {
            errors.Add(idPosition, $"id '{id}' must be lower-kebab-case: lowercase letters and digits joined by single hyphens");
        }
        else if (id is not null && !string.Equals(id, expectedId, StringComparison.Ordinal))
        {
            errors.Add(idPosition, $"id '{id}' must match the file name '{expectedId}'");
        }

        var item = kind.Read(root, id ?? expectedId);
        root.ReportUnknownKeys();
        return new ContentFileResult(id, idPosition, errors.Any ? null : item, root);
    }

    // YamlDotNet prefixes its message with both positions; ours already sit in front of the reason.
    private static string WithoutPosition(string message) => YamlPositionPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex YamlPositionPrefix();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex LowerKebab();
}

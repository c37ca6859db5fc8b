using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReflectBot.Core.Content.Schema;

/// <summary>
/// Reads typed values out of one YAML mapping and reports, with positions, what does not fit.
/// Every key a kind asks for counts as known; whatever is left is reported as unknown at the end.
/// </summary>
public sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly FileErrors _errors;
    private readonly string _path;
    private readonly List<string> _knownKeys = [];
    private readonly List<MappingReader> _children = [];

    internal MappingReader(YamlMappingNode node, FileErrors errors, string path)
    {
        _node = node;
        _errors = errors;
        _path = path;
    }

    /// <summary>Text that must be present and not blank; null (with an error reported) otherwise.</summary>
    public string? RequiredText(string key, int maxLength, bool singleLine = false) =>
        Text(key, maxLength, singleLine, required: true);

    /// <summary>Text that may be left out; null when absent.</summary>
    public string? OptionalText(string key, int maxLength, bool singleLine = false) =>
        Text(key, maxLength, singleLine, required: false);

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>]; null (with an error reported) otherwise.</summary>
    public int? RequiredInteger(string key, int min, int max)
    {
        var text = Scalar(key);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            ReportAt(key, $"'{_path}{key}' must be a whole number, but it is '{text}'");
            return null;
        }

        if (value < min || value > max)
        {
            ReportAt(key, $"'{_path}{key}' is {value}; it must be from {min} to {max}");
            return null;
        }

        return value;
    }

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>] that may be left out; null when absent or wrong.</summary>
    public int? OptionalInteger(string key, int min, int max) => Has(key) ? RequiredInteger(key, min, max) : null;

    /// <summary>Whether the key is present (with any value); the key counts as known either way.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>true or false; null (with an error reported) otherwise.</summary>
    public bool? RequiredBoolean(string key)
    {
        var text = Scalar(key);
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                ReportAt(key, $"'{_path}{key}' must be true or false, but it is '{text}'");
                return null;
        }
    }

    /// <summary>One of a fixed set of words, matched exactly; null (with an error reported) otherwise.</summary>
    public string? RequiredChoice(string key, IReadOnlyList<string> choices)
    {
        var text = Scalar(key);
        if (text is null)
        {
            return null;
        }

        if (!choices.Contains(text, StringComparer.Ordinal))
        {
            ReportAt(key, $"'{_path}{key}' is '{text}'; it must be one of: {string.Join(", ", choices)}");
            return null;
        }

        return text;
    }

    /// <summary>A list of at least one word from a fixed set, none repeated; null (with an error reported) otherwise.</summary>
    public IReadOnlyList<string>? RequiredChoices(string key, IReadOnlyList<string> choices) =>
        Choices(key, choices, required: true);

    /// <summary>A list of words from a fixed set, none repeated, that may be left out; empty when absent.</summary>
    public IReadOnlyList<string> OptionalChoices(string key, IReadOnlyList<string> choices) =>
        Choices(key, choices, required: false) ?? [];

    /// <summary>
    /// A list of one to <paramref name="maxItems"/> plain words (such as ids of other items), none repeated;
    /// null (with an error reported) otherwise. Whether the words name anything is the caller's check.
    /// </summary>
    public IReadOnlyList<string>? RequiredWords(string key, int maxItems) =>
        List(key, required: true, "needs at least one item", "a list such as [some-id]", maxItems, (item, index, kept) =>
        {
            var word = ScalarText(item);
            if (word is null || word.Length == 0 || word.Any(char.IsWhiteSpace))
            {
                return (null, $"item {index} of '{_path}{key}' is {Shown(item, word)}; it must be a single word");
            }

            return kept.Contains(word, StringComparer.Ordinal) ? (null, $"'{_path}{key}' lists '{word}' more than once") : (word, null);
        });

    /// <summary>
    /// A list of one to <paramref name="maxItems"/> single-line texts, none repeated; null (with an error reported) otherwise.
    /// <paramref name="check"/> may refuse an item by returning why, worded to follow "item 2 of 'key'" (such as "has 9 words"),
    /// which is reported at that item.
    /// </summary>
    public IReadOnlyList<string>? RequiredTexts(string key, int maxItems, int maxLength, Func<string, string?>? check = null) =>
        Texts(key, maxItems, maxLength, check, required: true);

    /// <summary>Like <see cref="RequiredTexts"/>, but the key may be left out or empty; empty when absent, null when wrong.</summary>
    public IReadOnlyList<string>? OptionalTexts(string key, int maxItems, int maxLength, Func<string, string?>? check = null) =>
        Texts(key, maxItems, maxLength, check, required: false);

    /// <summary>A list of mappings that may be left out; empty when absent.</summary>
    public IReadOnlyList<MappingReader> OptionalList(string key, int maxItems)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            _errors.Add(value.Start, $"'{_path}{key}' must be a list, but it is {Describe(value)}");
            return [];
        }

        if (sequence.Children.Count > maxItems)
        {
            _errors.Add(value.Start, $"'{_path}{key}' has {sequence.Children.Count} items; the limit is {maxItems}");
        }

        var items = new List<MappingReader>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is YamlMappingNode mapping)
            {
                var child = new MappingReader(mapping, _errors, $"{_path}{key}[{i + 1}].");
                _children.Add(child);
                items.Add(child);
            }
            else
            {
                _errors.Add(item.Start, $"item {i + 1} of '{_path}{key}' must be a mapping of keys, but it is {Describe(item)}");
            }
        }

        return items;
    }

    /// <summary>Reports a problem with the mapping as a whole, at its first line.</summary>
    public void Report(string reason) => _errors.Add(_node.Start, reason);

    /// <summary>Reports a problem with one key's value, at the value (or at the mapping when the key is absent).</summary>
    public void ReportAt(string key, string reason) => _errors.Add((Find(key) ?? _node).Start, reason);

    internal void ReportUnknownKeys()
    {
        foreach (var key in _node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                _errors.Add(key.Start, "a key must be a plain word");
            }
            else if (!_knownKeys.Contains(name, StringComparer.Ordinal))
            {
                _errors.Add(key.Start, $"unknown key '{_path}{name}'; expected one of: {string.Join(", ", _knownKeys)}");
            }
        }

        foreach (var child in _children)
        {
            child.ReportUnknownKeys();
        }
    }

    private List<string>? Choices(string key, IReadOnlyList<string> choices, bool required) =>
        List(key, required, $"needs at least one of: {string.Join(", ", choices)}", $"a list such as [{choices[0]}]", int.MaxValue, (item, index, kept) =>
        {
            var word = ScalarText(item);
            if (word is null || !choices.Contains(word, StringComparer.Ordinal))
            {
                return (null, $"item {index} of '{_path}{key}' is {Shown(item, word)}; it must be one of: {string.Join(", ", choices)}");
            }

            return kept.Contains(word, StringComparer.Ordinal) ? (null, $"'{_path}{key}' lists '{word}' more than once") : (word, null);
        });

    private List<string>? Texts(string key, int maxItems, int maxLength, Func<string, string?>? check, bool required) =>
        List(key, required, "needs at least one item", "a list of texts, one per line starting with '- '", maxItems, (item, index, kept) =>
        {
            var text = ScalarText(item);
            string? problem = text switch
            {
                null when IsNull(item) => "is empty",
                null => $"is {Describe(item)}; it must be text",
                { Length: 0 } => "is empty",
                _ when text.Contains('\n', StringComparison.Ordinal) => "must be a single line",
                { Length: var length } when length > maxLength => $"is {length} characters long; the limit is {maxLength}",
                _ when kept.Contains(text, StringComparer.Ordinal) => $"repeats '{text}'",
                _ => check?.Invoke(text),
            };
            return problem is null ? (text, null) : (null, $"item {index} of '{_path}{key}' {problem}");
        });

    /// <summary>
    /// The shape every list key shares: missing, empty, not a list and too long are reported here; each item is read by
    /// <paramref name="readItem"/> (given the item, its 1-based position and the items kept so far), which returns the
    /// item to keep or the whole error to report at it. Null when anything was wrong; empty when an optional key is absent.
    /// </summary>
    private List<string>? List(
        string key,
        bool required,
        string needs,
        string shape,
        int maxItems,
        Func<YamlNode, int, IReadOnlyList<string>, (string? Item, string? Error)> readItem)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                _errors.Add(_node.Start, $"missing required key '{_path}{key}'");
                return null;
            }

            return [];
        }

        if (IsNull(value) || value is YamlSequenceNode { Children.Count: 0 })
        {
            if (required)
            {
                _errors.Add(value.Start, $"'{_path}{key}' {needs}");
                return null;
            }

            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            _errors.Add(value.Start, $"'{_path}{key}' must be {shape}, but it is {Describe(value)}");
            return null;
        }

        var allFit = true;
        if (sequence.Children.Count > maxItems)
        {
            _errors.Add(value.Start, $"'{_path}{key}' has {sequence.Children.Count} items; the limit is {maxItems}");
            allFit = false;
        }

        var kept = new List<string>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var (read, error) = readItem(item, i + 1, kept);
            if (error is not null)
            {
                _errors.Add(item.Start, error);
                allFit = false;
            }
            else
            {
                kept.Add(read!);
            }
        }

        return allFit ? kept : null;
    }

    private static string? ScalarText(YamlNode item) => item is YamlScalarNode { Value: { } text } && !IsNull(item) ? text.Trim() : null;

    private static string Shown(YamlNode item, string? text) => text is not null ? $"'{text}'" : IsNull(item) ? "empty" : Describe(item);

    private string? Text(string key, int maxLength, bool singleLine, bool required)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                _errors.Add(_node.Start, $"missing required key '{_path}{key}'");
            }

            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            _errors.Add(value.Start, $"'{_path}{key}' must be text, but it is {Describe(value)}");
            return null;
        }

        // Block scalars end in a line break and hand-typed values in stray spaces; neither is content.
        var text = IsNull(scalar) ? "" : (scalar.Value ?? "").Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                _errors.Add(value.Start, $"'{_path}{key}' must not be empty");
            }

            return null;
        }

        if (singleLine && text.Contains('\n', StringComparison.Ordinal))
        {
            _errors.Add(value.Start, $"'{_path}{key}' must be a single line");
        }

        // Length counts UTF-16 units, never fewer than the characters a reader sees, so the limit errs safe.
        if (text.Length > maxLength)
        {
            _errors.Add(value.Start, $"'{_path}{key}' is {text.Length} characters long; the limit is {maxLength}");
        }

        return text;
    }

    // A short required value on one line; its own length limit is generous because callers check its form.
    private string? Scalar(string key) => Text(key, maxLength: 64, singleLine: true, required: true);

    private YamlNode? Find(string key)
    {
        if (!_knownKeys.Contains(key, StringComparer.Ordinal))
        {
            _knownKeys.Add(key);
        }

        // Matched by text rather than node equality, so a quoted key counts the same as a plain one.
        return _node.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping of keys",
        _ => "text",
    };
}

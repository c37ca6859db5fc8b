using System.Text.Json.Serialization;

namespace ReflectBot.Discord.Models;

/// <summary>
/// Any message or modal component in one flat record, so it serialises both ways without
/// polymorphic converters; the factories set the fields each kind needs.
/// </summary>
public sealed record Component
{
    public required ComponentType Type { get; init; }
    public int? Id { get; init; }
    public string? CustomId { get; init; }
    public int? Style { get; init; }

    /// <summary>A button's or Label's text (JSON "label"; the name Label belongs to the factory).</summary>
    [JsonPropertyName("label")]
    public string? LabelText { get; init; }

    public Emoji? Emoji { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>The one component a Label wraps (JSON "component"; C# forbids a member named after its type).</summary>
    [JsonPropertyName("component")]
    public Component? Child { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }
    public string? Placeholder { get; init; }
    public int? MinValues { get; init; }
    public int? MaxValues { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Required { get; init; }
    public string? Value { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public string? Description { get; init; }
    public string? Content { get; init; }

    public static Component ActionRow(params IReadOnlyList<Component> components)
        => new() { Type = ComponentType.ActionRow, Components = components };

    public static Component Button(ButtonStyle style, string customId, string label, Emoji? emoji = null, bool disabled = false)
        => new()
        {
            Type = ComponentType.Button,
            Style = (int)style,
            CustomId = customId,
            LabelText = label,
            Emoji = emoji,
            Disabled = disabled ? true : null,
        };

    public static Component LinkButton(string url, string label, Emoji? emoji = null)
        => new() { Type = ComponentType.Button, Style = (int)ButtonStyle.Link, Url = url, LabelText = label, Emoji = emoji };

    public static Component StringSelect(
        string customId,
        IReadOnlyList<SelectOption> options,
        string? placeholder = null,
        int? minValues = null,
        int? maxValues = null,
        bool? required = null)
        => new()
        {
            Type = ComponentType.StringSelect,
            CustomId = customId,
            Options = options,
            Placeholder = placeholder,
            MinValues = minValues,
            MaxValues = maxValues,
            Required = required,
        };

    public static Component TextInput(
        string customId,
        TextInputStyle style,
        int? minLength = null,
        int? maxLength = null,
        bool? required = null,
        string? value = null,
        string? placeholder = null)
        => new()
        {
            Type = ComponentType.TextInput,
            CustomId = customId,
            Style = (int)style,
            MinLength = minLength,
            MaxLength = maxLength,
            Required = required,
            Value = value,
            Placeholder = placeholder,
        };

    /// <summary>A modal field: a label (at most 45 characters) around one input or select.</summary>
    public static Component Label(string label, Component component, string? description = null)
        => new() { Type = ComponentType.Label, LabelText = label, Description = description, Child = component };
}

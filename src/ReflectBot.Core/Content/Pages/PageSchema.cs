using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Content.Pages;

/// <summary>prompts/pages/*.yaml: the texts of /about, /help and other fixed answers.</summary>
public sealed class PageSchema : ContentKind<Page>
{
    public override string Folder => "pages";

    /// <summary>The /about, /help and /privacy commands answer with these.</summary>
    public override IReadOnlyCollection<string> RequiredIds { get; } = ["about", "help", "privacy"];

    protected override Page Read(MappingReader root, string id)
    {
        var title = root.RequiredText("title", PageLimits.Title, singleLine: true) ?? "";
        var summary = root.RequiredText("summary", PageLimits.Summary, singleLine: true) ?? "";
        var body = root.RequiredText("body", PageLimits.Body) ?? "";
        var fields = root.OptionalList("fields", PageLimits.Fields)
            .Select(field => new PageField
            {
                Name = field.RequiredText("name", PageLimits.FieldName, singleLine: true) ?? "",
                Value = field.RequiredText("value", PageLimits.FieldValue) ?? "",
            })
            .ToList();
        var footer = root.OptionalText("footer", PageLimits.Footer);

        var total = title.Length + body.Length + fields.Sum(f => f.Name.Length + f.Value.Length) + (footer?.Length ?? 0);
        if (total > PageLimits.Total)
        {
            root.Report($"title, body, fields and footer together are {total} characters long; the limit is {PageLimits.Total}");
        }

        return new Page { Id = id, Title = title, Summary = summary, Body = body, Fields = fields, Footer = footer };
    }
}

using ReflectBot.Core.Content.Pages;
using ReflectBot.Discord.Models;

namespace ReflectBot.Rendering;

/// <summary>Shows a content page as one embed; the loader already checked it fits.</summary>
public static class PageEmbed
{
    /// <summary>A calm teal, the bot's colour across its messages.</summary>
    public const int BrandColor = 0x2A9D8F;

    public static Embed From(Page page) => new()
    {
        Title = page.Title,
        Description = page.Body,
        Color = BrandColor,
        Fields = page.Fields.Count == 0
            ? null
            : page.Fields.Select(f => new EmbedField { Name = f.Name, Value = f.Value }).ToList(),
        Footer = page.Footer is { Length: > 0 } footer ? new EmbedFooter { Text = footer } : null,
    };
}

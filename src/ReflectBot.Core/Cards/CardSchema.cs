using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Cards;

/// <summary>prompts/cards/*.yaml: one explainer card each; related cards must exist, and there must be enough cards to browse.</summary>
public sealed class CardSchema : ContentKind<ExplainerCard>
{
    public override string Folder => "cards";

    protected override ExplainerCard Read(MappingReader root, string id)
    {
        var title = root.RequiredText("title", CardLimits.Title, singleLine: true) ?? "";
        var summary = root.RequiredText("summary", CardLimits.Summary, singleLine: true) ?? "";
        var theme = root.RequiredChoice("theme", CardThemes.All) ?? "";
        var mature = root.RequiredBoolean("mature") ?? false;
        var sources = root.RequiredChoices("sources", CardSources.All) ?? [];
        if (sources.Count > CardLimits.MaxSources)
        {
            root.ReportAt("sources", $"'sources' lists {sources.Count} articles; the limit is {CardLimits.MaxSources}");
        }

        var related = root.RequiredWords("related", CardLimits.MaxRelated) ?? [];
        var body = root.RequiredText("body", CardLimits.Body) ?? "";

        var total = title.Length + summary.Length + body.Length;
        if (total > CardLimits.CardTotal)
        {
            root.ReportAt(
                "body",
                $"title, summary and body together are {total} characters long; the limit is {CardLimits.CardTotal} so the card fits in one Discord embed");
        }

        return new ExplainerCard
        {
            Id = id,
            Title = title,
            Summary = summary,
            Theme = theme,
            Mature = mature,
            Sources = sources,
            Related = related,
            Body = body,
        };
    }

    protected override void CheckTogether(ContentSet<ExplainerCard> set)
    {
        if (set.Items.Count < CardLimits.MinCards)
        {
            set.Report($"there are {set.Items.Count} card(s); at least {CardLimits.MinCards} are needed");
        }

        var ids = set.Items.Select(card => card.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var card in set.Items)
        {
            foreach (var related in card.Related)
            {
                if (related == card.Id)
                {
                    set.ReportAt(card, "related", $"'related' lists the card itself ('{related}'); name other cards");
                }
                else if (!ids.Contains(related))
                {
                    set.ReportAt(card, "related", $"'related' lists '{related}', but there is no card with that id");
                }
            }
        }
    }
}

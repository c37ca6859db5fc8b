using System.Text;
using ReflectBot.Commands.Quiz;
using ReflectBot.Core.Cards;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Cards;

/// <summary>How a card looks: as one embed privately, as a post with two buttons when shared, and as lists.</summary>
public static class CardView
{
    private const string MatureMark = "🔞";

    /// <summary>The card as one embed; the loader already checked that title and body leave room for the footer.</summary>
    public static Embed Embed(ExplainerCard card) => new()
    {
        Title = EmbedText.Fit(card.Title, EmbedText.TitleLimit),
        Description = EmbedText.Fit(card.Body, EmbedText.DescriptionLimit),
        Color = PageEmbed.BrandColor,
        Footer = new EmbedFooter { Text = $"{ThemeName(card.Theme)} · {CardTexts.Footer}" },
    };

    /// <summary>/card show: private, with a note first when the card is about sex.</summary>
    public static InteractionReply Private(ExplainerCard card) => new()
    {
        Content = card.Mature ? CardTexts.MatureNote : null,
        Embeds = [Embed(card)],
    };

    /// <summary>The public post of a shared card, with the quiz and "show me more" buttons anyone may click.</summary>
    public static MessageCreate Shared(ExplainerCard card) => new()
    {
        Embeds = [Embed(card)],
        Components =
        [
            Component.ActionRow(
                Component.Button(ButtonStyle.Primary, QuizCustomIds.ForTakeYourOwn(), CardTexts.TakeQuizLabel),
                Component.Button(ButtonStyle.Secondary, CardCustomIds.ForMore(card.Id), CardTexts.ShowMoreLabel)),
        ],
    };

    /// <summary>"Show me more": the card itself again, privately, and what to read next.</summary>
    public static InteractionReply More(ExplainerCard card, IReadOnlyList<ExplainerCard> related)
    {
        var next = new StringBuilder("**Read next** (with /card show):");
        foreach (var other in related)
        {
            next.Append('\n').Append("• ").Append(Label(other)).Append(" — ").Append(other.Summary);
        }

        return new InteractionReply
        {
            Content = EmbedText.Fit((card.Mature ? CardTexts.MatureNote + "\n" : "") + next, 2000),
            Embeds = [Embed(card)],
        };
    }

    /// <summary>/card list: every title by theme, mature ones marked.</summary>
    public static InteractionReply List(IReadOnlyList<(string Theme, IReadOnlyList<ExplainerCard> Cards)> groups)
    {
        var text = new StringBuilder();
        foreach (var (theme, cards) in groups)
        {
            text.Append(text.Length == 0 ? "" : "\n\n").Append("**").Append(ThemeName(theme)).Append("**");
            foreach (var card in cards)
            {
                text.Append("\n• ").Append(Label(card));
            }
        }

        text.Append("\n\nRead one with /card show. ").Append(MatureMark).Append(" marks cards about sex.");
        return InteractionReply.WithEmbed(new Embed
        {
            Title = "Explainer cards",
            Description = EmbedText.Fit(text.ToString(), EmbedText.DescriptionLimit),
            Color = PageEmbed.BrandColor,
        });
    }

    /// <summary>The title, marked when the card is about sex.</summary>
    public static string Label(ExplainerCard card) => card.Mature ? $"{card.Title} {MatureMark}" : card.Title;

    public static string ThemeName(string theme) => theme.Length == 0 ? theme : char.ToUpperInvariant(theme[0]) + theme[1..];
}

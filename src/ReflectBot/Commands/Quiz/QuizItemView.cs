using ReflectBot.Core.Quiz;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Quiz;

/// <summary>One quiz statement with the seven answers as buttons, Back and Stop.</summary>
public static class QuizItemView
{
    private const int FirstRowAnswers = 4;

    public static InteractionReply Render(ulong userId, long version, QuizProgress progress, QuizItem item, string? note = null)
    {
        var embed = new Embed
        {
            Title = $"Attachment quiz · {progress.Position}",
            Description = $"**{item.Text}**\n\nHow much do you agree?",
            Color = PageEmbed.BrandColor,
            Footer = new EmbedFooter
            {
                Text = "Think of close relationships in general: partners, friends, family. Only you see this. " +
                    "Stop any time; /quiz start picks up where you left off.",
            },
        };

        var answers = Enumerable.Range(AgreementScale.Min, AgreementScale.Max)
            .Select(value => Component.Button(ButtonStyle.Secondary, QuizCustomIds.ForAnswer(userId, version, value), AgreementScale.Label(value)))
            .ToList();
        IReadOnlyList<Component> rows =
        [
            Component.ActionRow([.. answers.Take(FirstRowAnswers)]),
            Component.ActionRow([.. answers.Skip(FirstRowAnswers)]),
            Component.ActionRow(
                Component.Button(ButtonStyle.Secondary, QuizCustomIds.ForBack(userId, version), "Back", disabled: !progress.CanGoBack),
                Component.Button(ButtonStyle.Danger, QuizCustomIds.ForStop(userId, version), "Stop")),
        ];

        // An update keeps fields it is not sent, so an empty content clears an earlier note.
        return new InteractionReply { Content = note ?? "", Embeds = [embed], Components = rows };
    }
}

using System.Globalization;
using ReflectBot.Core.Quiz;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Quiz;

/// <summary>The private result: the leaning, both scores, what helps, the picture and what to do next.</summary>
public static class QuizResultView
{
    public const string ImageName = "quiz-result.png";

    /// <remarks>Without a picture yet, the same result without the image: it is shown first and the picture follows.</remarks>
    public static InteractionReply Render(ulong userId, long resultId, QuizMode mode, QuizOutcome outcome, QuizContent content, byte[]? picture)
    {
        var explainer = content.Explainer(outcome.Pattern);
        var embed = new Embed
        {
            Title = EmbedText.Fit($"Your answers lean toward: {explainer.Title}", EmbedText.TitleLimit),
            Description = EmbedText.Fit(explainer.Summary + NearLineNote(outcome, content), EmbedText.DescriptionLimit),
            Color = PageEmbed.BrandColor,
            Fields =
            [
                new EmbedField { Name = "Your scores", Value = Scores(outcome) },
                new EmbedField { Name = "What can help", Value = explainer.WhatHelps },
                new EmbedField { Name = "Styles can change", Value = explainer.CanChange },
            ],
            Image = picture is null ? null : new EmbedMedia { Url = "attachment://" + ImageName },
            Footer = new EmbedFooter { Text = QuizTexts.NotADiagnosis },
        };

        return new InteractionReply
        {
            Content = "",
            Embeds = [embed],
            Files = picture is null ? null : [new FileAttachment(ImageName, picture, "image/png")],
            Components =
            [
                Component.ActionRow(
                    Component.Button(ButtonStyle.Primary, QuizCustomIds.ForShare(userId, resultId), "Share to channel"),
                    Component.Button(ButtonStyle.Secondary, QuizCustomIds.ForLearnMore(userId, outcome.Pattern), "Learn more"),
                    Component.Button(ButtonStyle.Secondary, QuizCustomIds.ForRetake(userId, mode), "Retake")),
            ],
        };
    }

    public static string Scores(QuizOutcome outcome)
        => string.Create(CultureInfo.InvariantCulture, $"Anxiety **{outcome.Scores.Anxiety:0.0}** of 7 · Avoidance **{outcome.Scores.Avoidance:0.0}** of 7");

    private static string NearLineNote(QuizOutcome outcome, QuizContent content)
    {
        if (!outcome.IsNearLine)
        {
            return "";
        }

        var near = string.Join(" and ", outcome.NearPatterns.Select(p => content.Explainer(p).Title.ToLowerInvariant()));
        return $"\n\nYour scores sit close to a line on the picture, so your answers fall between this pattern and {near}.";
    }
}

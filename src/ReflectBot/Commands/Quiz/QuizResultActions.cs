using System.Globalization;
using System.Text;
using ReflectBot.Core.Quiz;
using ReflectBot.Data.Quiz;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Quiz;

/// <summary>What a person can do with a result: share it (their choice only), read more, and look back over time.</summary>
public sealed partial class QuizResultActions(
    QuizRepository repository,
    QuizContent content,
    QuizPicture picture,
    TimeProvider timeProvider,
    ILogger<QuizResultActions> logger) : IDisposable
{
    private const int HistoryShown = 10;

    /// <summary>Shares are rare; taking them one at a time makes a double click post once, not twice.</summary>
    private readonly SemaphoreSlim _shareGate = new(1, 1);

    /// <summary>Permissions the bot needs in a server channel to post a result there.</summary>
    private const Permissions NeededToPost = Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks | Permissions.AttachFiles;

    public void Dispose() => _shareGate.Dispose();

    public async Task ShareAsync(InteractionContext context, long resultId, CancellationToken cancellationToken)
    {
        var userId = context.User.Id.Value;
        var interaction = context.Interaction;
        if (await repository.FindResultAsync(userId, resultId, cancellationToken) is not { } result || !AttachmentPatternIds.TryParse(result.Pattern, out var pattern))
        {
            await context.RespondAsync(InteractionReply.Text(QuizTexts.ResultGone), cancellationToken);
            return;
        }

        if (interaction.GuildId is not null && interaction.AppPermissions is { } granted && (granted & NeededToPost) != NeededToPost
            && (granted & Permissions.Administrator) == 0)
        {
            await context.RespondAsync(InteractionReply.Text(QuizTexts.CannotPostHere), cancellationToken);
            return;
        }

        var channelId = interaction.ChannelId?.Value ?? 0;
        await _shareGate.WaitAsync(cancellationToken);
        try
        {
            if (await repository.IsSharedAsync(userId, resultId, channelId, cancellationToken))
            {
                await context.RespondAsync(InteractionReply.Text(QuizTexts.AlreadyShared), cancellationToken);
                return;
            }

            await context.TryDeferAsync(cancellationToken);
            var shared = await picture.RenderAloneAsync(new QuizScores(result.Anxiety, result.Avoidance), cancellationToken);
            var posted = await context.FollowupAsync(SharedView(userId, pattern, shared), cancellationToken);
            await repository.RecordShareAsync(userId, resultId, channelId, posted.Id.Value, timeProvider.GetUtcNow(), cancellationToken);
        }
        finally
        {
            _shareGate.Release();
        }

        LogShared(pattern);
        await context.FollowupAsync(InteractionReply.Text(QuizTexts.Shared), cancellationToken);
    }

    public Task LearnMoreAsync(InteractionContext context, string patternId, CancellationToken cancellationToken)
    {
        if (!AttachmentPatternIds.TryParse(patternId, out var pattern))
        {
            return context.RespondAsync(InteractionReply.Text(QuizTexts.ResultGone), cancellationToken);
        }

        var explainer = content.Explainer(pattern);
        var embed = new Embed
        {
            Title = EmbedText.Fit(explainer.AlsoCalled is { Length: > 0 } also ? $"{explainer.Title} (also called {also})" : explainer.Title, EmbedText.TitleLimit),
            Description = explainer.Summary,
            Color = PageEmbed.BrandColor,
            Fields =
            [
                new EmbedField { Name = "After closeness", Value = explainer.AfterCloseness },
                new EmbedField { Name = "What can help", Value = explainer.WhatHelps },
                new EmbedField { Name = "Styles can change", Value = explainer.CanChange },
                new EmbedField { Name = "Next", Value = explainer.NextStep },
            ],
            Footer = new EmbedFooter { Text = QuizTexts.NotADiagnosis },
        };
        return context.RespondAsync(InteractionReply.WithEmbed(embed), cancellationToken);
    }

    public async Task HistoryAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var results = await repository.GetResultsAsync(context.User.Id.Value, HistoryShown + 1, cancellationToken);
        if (results.Count == 0)
        {
            await context.RespondAsync(InteractionReply.Text(QuizTexts.NoHistory), cancellationToken);
            return;
        }

        var lines = new StringBuilder();
        for (var i = 0; i < Math.Min(results.Count, HistoryShown); i++)
        {
            lines.AppendLine(HistoryLine(results[i], i + 1 < results.Count ? results[i + 1] : null));
        }

        var embed = new Embed
        {
            Title = "Your quiz results over time",
            Description = lines.ToString().TrimEnd(),
            Color = PageEmbed.BrandColor,
            Footer = new EmbedFooter { Text = "Only you can see this. " + QuizTexts.NotADiagnosis },
        };
        await context.RespondAsync(InteractionReply.WithEmbed(embed), cancellationToken);
    }

    private string HistoryLine(StoredQuizResult result, StoredQuizResult? previous)
    {
        var title = AttachmentPatternIds.TryParse(result.Pattern, out var pattern) ? content.Explainer(pattern).Title : result.Pattern;
        var date = result.TakenAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var line = string.Create(CultureInfo.InvariantCulture, $"**{date}** · leaned toward {title} · anxiety {result.Anxiety:0.0}, avoidance {result.Avoidance:0.0}");
        return previous is null
            ? line
            : line + string.Create(CultureInfo.InvariantCulture, $" (since the one before: anxiety {result.Anxiety - previous.Anxiety:+0.0;−0.0;±0.0}, avoidance {result.Avoidance - previous.Avoidance:+0.0;−0.0;±0.0})");
    }

    private InteractionReply SharedView(ulong userId, AttachmentPattern pattern, byte[] png)
    {
        var explainer = content.Explainer(pattern);
        var embed = new Embed
        {
            Title = EmbedText.Fit($"Attachment quiz: {explainer.Title}", EmbedText.TitleLimit),
            Description = $"<@{userId}> took the attachment quiz, and their answers lean toward **{explainer.Title.ToLowerInvariant()}**. " +
                "Styles are leanings that can change, not labels.",
            Color = PageEmbed.BrandColor,
            Image = new EmbedMedia { Url = "attachment://" + QuizResultView.ImageName },
            Footer = new EmbedFooter { Text = QuizTexts.NotADiagnosis },
        };
        return new InteractionReply
        {
            Ephemeral = false,
            Embeds = [embed],
            Files = [new FileAttachment(QuizResultView.ImageName, png, "image/png")],
            Components = [Component.ActionRow(Component.Button(ButtonStyle.Primary, QuizCustomIds.ForTakeYourOwn(), "Take the quiz yourself"))],
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A quiz result ({Pattern}) was shared by its owner")]
    private partial void LogShared(AttachmentPattern pattern);
}

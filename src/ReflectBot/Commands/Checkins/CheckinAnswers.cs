using Microsoft.Extensions.Options;
using NodaTime;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// Answers to a check-in DM: a mood, a written reflection or a skip, each stored for the date of the
/// check-in it answers, in the person's zone. Another person's click, a check-in that is gone and
/// one older than the answer window are refused kindly and store nothing.
/// </summary>
public sealed partial class CheckinAnswers(
    CheckinRepository repository,
    ReflectionPromptChooser prompts,
    CheckinPlanner planner,
    IOptions<CheckinOptions> options,
    TimeProvider timeProvider,
    ILogger<CheckinAnswers> logger)
{
    public const string ReflectionInputId = "text";

    public async Task MoodAsync(InteractionContext context, long deliveryId, int mood, CancellationToken cancellationToken)
    {
        if (await OpenDeliveryAsync(context, deliveryId, cancellationToken) is not { } open)
        {
            return;
        }

        var (delivery, zone) = open;
        await repository.RecordMoodAsync(delivery.UserId, delivery.Id, delivery.LocalDate, mood, delivery.PromptId, timeProvider.GetUtcNow(), cancellationToken);
        LogAnswered("mood");
        var streak = await StreakAsync(delivery.UserId, zone, cancellationToken);
        await context.RespondAsync(
            InteractionReply.Text($"Saved your mood for {CheckinMessages.FormatDate(delivery.LocalDate)}: {mood} · {CheckinTexts.MoodWord(mood)}. {streak} A different button changes it."),
            cancellationToken);
    }

    public async Task OpenReflectionAsync(InteractionContext context, long deliveryId, CancellationToken cancellationToken)
    {
        if (await OpenDeliveryAsync(context, deliveryId, cancellationToken) is not { } open)
        {
            return;
        }

        var prompt = prompts.Find(open.Delivery.PromptId)?.Text ?? "Anything on your mind today.";
        var input = Component.TextInput(ReflectionInputId, TextInputStyle.Paragraph, minLength: 1, maxLength: options.Value.ReflectionMaxLength, required: true);
        var shown = await context.TryShowModalAsync(
            CheckinCustomIds.ForReflectionModal(deliveryId),
            EmbedText.Fit($"Reflection · {open.Delivery.LocalDate:ddd d MMM}", 45),
            [Component.Label("Your reflection", input, EmbedText.Fit(prompt, 100))],
            cancellationToken);
        if (!shown)
        {
            await context.RespondAsync(InteractionReply.Text("Please press \"Write a reflection\" again to open the form."), cancellationToken);
        }
    }

    public async Task SaveReflectionAsync(InteractionContext context, long deliveryId, string? text, CancellationToken cancellationToken)
    {
        var limit = options.Value.ReflectionMaxLength;
        if (text is { } typed && typed.Length > limit)
        {
            var why = CheckinTexts.ReflectionTooLong(limit);
            await context.RespondAsync(UnroutableModalReply.Create(why, [typed]), cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            await context.RespondAsync(InteractionReply.Text(CheckinTexts.EmptyReflection), cancellationToken);
            return;
        }

        if (await OpenDeliveryAsync(context, deliveryId, cancellationToken, typedText: text) is not { } open)
        {
            return;
        }

        var delivery = open.Delivery;
        await repository.AddReflectionAsync(delivery.UserId, delivery.Id, delivery.LocalDate, delivery.PromptId, text.Trim(), timeProvider.GetUtcNow(), cancellationToken);
        LogAnswered("reflection");
        var streak = await StreakAsync(delivery.UserId, open.Zone, cancellationToken);
        await context.RespondAsync(
            InteractionReply.Text($"Saved your reflection for {CheckinMessages.FormatDate(delivery.LocalDate)}. Only you can read it, with /journal. {streak}"),
            cancellationToken);
    }

    public async Task SkipAsync(InteractionContext context, long deliveryId, CancellationToken cancellationToken)
    {
        if (await OpenDeliveryAsync(context, deliveryId, cancellationToken) is not { } open)
        {
            return;
        }

        await repository.RecordSkipAsync(open.Delivery.UserId, open.Delivery.Id, open.Delivery.LocalDate, timeProvider.GetUtcNow(), cancellationToken);
        LogAnswered("skip");
        await context.RespondAsync(
            InteractionReply.Text(CheckinTexts.Skipped(CheckinMessages.FormatDate(open.Delivery.LocalDate))),
            cancellationToken);
    }

    private async Task<string> StreakAsync(ulong userId, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var dates = await repository.GetAnsweredDatesAsync(userId, DateOnly.MinValue, cancellationToken);
        var streak = StreakCalculator.Compute(dates.Select(LocalDate.FromDateOnly), planner.Today(zone));
        return streak.Current <= 1 ? "Your streak starts today." : $"Streak: {streak.Current} days in a row.";
    }

    /// <summary>
    /// The delivery a button names, when it belongs to the clicker and is recent enough to answer;
    /// otherwise the person is told why (and given back anything they typed) and null comes back.
    /// </summary>
    private async Task<(StoredDelivery Delivery, DateTimeZone Zone)?> OpenDeliveryAsync(
        InteractionContext context, long deliveryId, CancellationToken cancellationToken, string? typedText = null)
    {
        var delivery = await repository.GetDeliveryAsync(deliveryId, cancellationToken);
        string? refusal = null;
        DateTimeZone zone = DateTimeZone.Utc;
        if (delivery is null || delivery.Kind != DeliveryKind.Daily)
        {
            refusal = CheckinTexts.CheckinGone;
        }
        else if (delivery.UserId != context.User.Id.Value)
        {
            refusal = CheckinTexts.ButtonNotYours;
        }
        else
        {
            var checkin = await repository.GetAsync(delivery.UserId, cancellationToken);
            if (checkin is not null && TimeZoneDirectory.TryFind(checkin.TimeZone, out var found))
            {
                zone = found;
            }

            var age = Period.Between(LocalDate.FromDateOnly(delivery.LocalDate), planner.Today(zone), PeriodUnits.Days).Days;
            if (age > options.Value.AnswerWindowDays)
            {
                refusal = CheckinTexts.TooOld(options.Value.AnswerWindowDays);
            }
        }

        if (refusal is null)
        {
            return (delivery!, zone);
        }

        var reply = typedText is { Length: > 0 } ? UnroutableModalReply.Create(refusal, [typedText]) : InteractionReply.Text(refusal);
        await context.RespondAsync(reply, cancellationToken);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in answered with a {Kind}")]
    private partial void LogAnswered(string kind);
}

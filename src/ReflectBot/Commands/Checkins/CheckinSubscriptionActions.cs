using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Interactions;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Checkins;

/// <summary>What each /checkin subcommand does. Every answer is private; bad input changes nothing.</summary>
public sealed partial class CheckinSubscriptionActions(
    CheckinRepository repository,
    ReflectionPromptChooser prompts,
    CheckinDmSender sender,
    CheckinPlanner planner,
    SchedulerSignal scheduler,
    IOptions<CheckinOptions> options,
    TimeProvider timeProvider,
    ILogger<CheckinSubscriptionActions> logger)
{
    public async Task StartAsync(InteractionContext context, string? timeText, string? zoneText, CancellationToken cancellationToken)
    {
        if (!LocalTimeText.TryParse(timeText, out var time))
        {
            await context.RespondAsync(InteractionReply.Text(CheckinTexts.BadTime), cancellationToken);
            return;
        }

        if (!TimeZoneDirectory.TryFind(zoneText, out var zone))
        {
            await context.RespondAsync(InteractionReply.Text(CheckinTexts.BadZone), cancellationToken);
            return;
        }

        var userId = context.User.Id.Value;
        var existing = await repository.GetAsync(userId, cancellationToken);
        var today = planner.Today(zone);
        var chosen = await prompts.ForUserAsync(userId, cancellationToken);
        var delivery = await repository.RecordImmediateAsync(userId, today.ToDateOnly(), chosen.Prompt.Id, chosen.Cycle, timeProvider.GetUtcNow(), cancellationToken);
        var prompt = prompts.Find(delivery.PromptId) ?? chosen.Prompt;

        var nextDue = planner.NextDaily(time, zone, deliveredToday: true);
        var subscribed = existing?.Status is CheckinStatus.Active or CheckinStatus.Paused;

        // Today's check-in is sent once. Someone changing their time after it arrived gets no copy.
        if (delivery.State != DeliveryState.Sent)
        {
            var intro = $"Hello! Your daily check-ins are set for {LocalTimeText.Format(time)} ({zone.Id}). Here is today's; the next one arrives {CheckinMessages.FormatWhen(nextDue, zone)}.";
            var outcome = await sender.SendAsync(delivery, existing?.DmChannelId, CheckinMessages.Daily(delivery, prompt, intro), cancellationToken);
            if (outcome != DmSendOutcome.Sent)
            {
                if (outcome == DmSendOutcome.WillRetry && !subscribed)
                {
                    // Not subscribed, so nothing should resend it behind the person's back.
                    await repository.MarkSkippedAsync(delivery.Id, "start-failed", timeProvider.GetUtcNow(), CancellationToken.None);
                }

                var refusal = outcome == DmSendOutcome.Unreachable ? CheckinTexts.DmsClosed : CheckinTexts.DmFailed;
                await context.RespondAsync(InteractionReply.Text(refusal), cancellationToken);
                return;
            }
        }

        var nextSummary = CheckinPlanner.NextSummary(zone, planner.Now);
        await repository.SubscribeAsync(userId, time.ToTimeOnly(), zone.Id, nextDue.ToDateTimeOffset(), nextSummary.ToDateTimeOffset(), timeProvider.GetUtcNow(), cancellationToken);
        scheduler.Wake();
        LogStarted(zone.Id);
        await context.RespondAsync(
            InteractionReply.Text(
                $"Daily check-ins are on, at {LocalTimeText.Format(time)} in {zone.Id}. Today's is in your DMs.\n"
                + $"Next check-in: {CheckinMessages.FormatWhen(nextDue, zone)}.\n"
                + "/checkin pause, /checkin stop and /checkin summary change this any time; /journal shows your entries."),
            cancellationToken);
    }

    public async Task StatusAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, cancellationToken) is not { } found)
        {
            return;
        }

        var (checkin, zone) = found;
        var today = planner.Today(zone);
        var answered = await repository.GetAnsweredDatesAsync(checkin.UserId, DateOnly.MinValue, cancellationToken);
        var streak = StreakCalculator.Compute(answered.Select(LocalDate.FromDateOnly), today);
        var lines = new List<string>
        {
            $"**Time:** {checkin.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} ({checkin.TimeZone})",
            $"**State:** {Describe(checkin, options.Value.FailuresBeforeStop)}",
        };
        if (checkin.NextDueAt is { } next && checkin.Status is CheckinStatus.Active or CheckinStatus.Paused)
        {
            lines.Add($"**Next check-in:** {CheckinMessages.FormatWhen(Instant.FromDateTimeOffset(next), zone)}");
        }

        lines.Add($"**Streak:** {Days(streak.Current)} now, {Days(streak.Longest)} at the longest");
        lines.Add($"**Weekly summary:** {(checkin.WeeklySummary ? "on (Sunday evenings)" : "off")}");
        await context.RespondAsync(InteractionReply.Text(string.Join('\n', lines)), cancellationToken);
    }

    public async Task PauseAsync(InteractionContext context, long? days, CancellationToken cancellationToken)
    {
        if (days is not (>= 1 and <= CheckinCommand.MaxPauseDays))
        {
            await context.RespondAsync(InteractionReply.Text(CheckinTexts.BadPauseDays), cancellationToken);
            return;
        }

        if (await FindAsync(context, cancellationToken) is not { } found)
        {
            return;
        }

        var (checkin, zone) = found;
        var time = LocalTime.FromTimeOnly(checkin.LocalTime);
        var resumeOn = planner.Today(zone).PlusDays((int)days);
        var nextDue = planner.AfterPause(time, zone, (int)days);
        if (!await repository.PauseAsync(checkin.UserId, resumeOn.ToDateOnly(), nextDue.ToDateTimeOffset(), timeProvider.GetUtcNow(), cancellationToken))
        {
            await context.RespondAsync(InteractionReply.Text(CheckinTexts.AlreadyStopped), cancellationToken);
            return;
        }

        scheduler.Wake();
        await context.RespondAsync(
            InteractionReply.Text($"Paused for {Days((int)days)}. Check-ins come back {CheckinMessages.FormatWhen(nextDue, zone)}; /checkin resume brings them back sooner."),
            cancellationToken);
    }

    public async Task ResumeAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, cancellationToken) is not { } found)
        {
            return;
        }

        var (checkin, zone) = found;
        if (checkin.Status is not (CheckinStatus.Paused or CheckinStatus.Unreachable))
        {
            await context.RespondAsync(InteractionReply.Text(checkin.Status == CheckinStatus.Stopped ? CheckinTexts.AlreadyStopped : CheckinTexts.NotPaused), cancellationToken);
            return;
        }

        var deliveredToday = await repository.HasDeliveryAsync(checkin.UserId, DeliveryKind.Daily, planner.Today(zone).ToDateOnly(), cancellationToken);
        var nextDue = planner.NextDaily(LocalTime.FromTimeOnly(checkin.LocalTime), zone, deliveredToday);
        await repository.ResumeAsync(checkin.UserId, nextDue.ToDateTimeOffset(), timeProvider.GetUtcNow(), cancellationToken);
        scheduler.Wake();
        await context.RespondAsync(InteractionReply.Text($"Check-ins are back on. Next one: {CheckinMessages.FormatWhen(nextDue, zone)}."), cancellationToken);
    }

    public async Task StopAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var stopped = await repository.StopAsync(context.User.Id.Value, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(InteractionReply.Text(stopped ? CheckinTexts.Stopped : CheckinTexts.NotSubscribed), cancellationToken);
    }

    public async Task SetSummaryAsync(InteractionContext context, bool enabled, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, cancellationToken) is not { } found)
        {
            return;
        }

        var (checkin, zone) = found;
        DateTimeOffset? next = enabled ? CheckinPlanner.NextSummary(zone, planner.Now).ToDateTimeOffset() : null;
        await repository.SetWeeklySummaryAsync(checkin.UserId, enabled, next, timeProvider.GetUtcNow(), cancellationToken);
        scheduler.Wake();
        await context.RespondAsync(InteractionReply.Text(enabled ? CheckinTexts.SummaryOn : CheckinTexts.SummaryOff), cancellationToken);
    }

    /// <summary>The person's check-in settings, or a kind note (and null) when there are none.</summary>
    private async Task<(StoredCheckin Checkin, DateTimeZone Zone)?> FindAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var checkin = await repository.GetAsync(context.User.Id.Value, cancellationToken);
        if (checkin is null || checkin.Status == CheckinStatus.Stopped || !TimeZoneDirectory.TryFind(checkin.TimeZone, out var zone))
        {
            await context.RespondAsync(InteractionReply.Text(checkin?.Status == CheckinStatus.Stopped ? CheckinTexts.AlreadyStopped : CheckinTexts.NotSubscribed), cancellationToken);
            return null;
        }

        return (checkin, zone);
    }

    private static string Describe(StoredCheckin checkin, int failuresBeforeStop) => checkin.Status switch
    {
        CheckinStatus.Active => "on",
        CheckinStatus.Paused => $"paused until {checkin.PausedUntil?.ToString("ddd d MMM", CultureInfo.InvariantCulture)}",
        CheckinStatus.Unreachable => $"stopped, because DMs to you failed {failuresBeforeStop} times in a row. Allow DMs from me, then /checkin resume",
        _ => "off",
    };

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-ins started in zone {Zone}")]
    private partial void LogStarted(string zone);
}

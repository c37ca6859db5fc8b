using NodaTime;
using ReflectBot.Commands.Checkins;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Reflection;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;
using ReflectBot.Scheduling;
using ReflectBot.Servers;

namespace ReflectBot.Commands.PromptOfTheDay;

/// <summary>
/// /config reflection-channel and reflection-off. The member's Manage Server permission is checked
/// here, from the interaction, not only hidden by Discord; the bot checks its own permissions in
/// the chosen channel and names any that are missing.
/// </summary>
public sealed partial class PromptOfTheDaySettings(
    GuildReflectionRepository repository,
    BotChannelPermissions botPermissions,
    CheckinPlanner planner,
    SchedulerSignal scheduler,
    TimeProvider timeProvider,
    ILogger<PromptOfTheDaySettings> logger)
{
    private static readonly (Permissions Flag, string Name)[] NeededToPost =
    [
        (Permissions.ViewChannel, "View Channel"),
        (Permissions.SendMessages, "Send Messages"),
        (Permissions.EmbedLinks, "Embed Links"),
    ];

    private static readonly (Permissions Flag, string Name)[] NeededForThreads =
    [
        (Permissions.CreatePublicThreads, "Create Public Threads"),
        (Permissions.SendMessagesInThreads, "Send Messages in Threads"),
    ];

    public async Task SetAsync(InteractionContext context, Channel? channel, string? timeText, string? zoneText, bool startThread, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        if (channel is null || channel.Type is not (ChannelType.GuildText or ChannelType.GuildAnnouncement))
        {
            await context.RespondAsync(InteractionReply.Text(PromptOfTheDayTexts.NotATextChannel), cancellationToken);
            return;
        }

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

        if (await MissingPermissionsAsync(guildId, channel.Id, startThread, cancellationToken) is { } missing)
        {
            await context.RespondAsync(InteractionReply.Text(missing), cancellationToken);
            return;
        }

        // A day's prompt is posted once: if today's is already up, the new time starts tomorrow.
        var today = planner.Today(zone);
        var postedToday = (await repository.GetLatestPostAsync(guildId.Value, cancellationToken))?.LocalDate == today.ToDateOnly();
        var next = CheckinSchedule.NextDueFromDate(time, zone, postedToday ? today.PlusDays(1) : today, planner.Now);
        await repository.SetAsync(guildId.Value, channel.Id.Value, time.ToTimeOnly(), zone.Id, startThread, next.ToDateTimeOffset(), timeProvider.GetUtcNow(), cancellationToken);
        scheduler.Wake();
        LogConfigured(guildId.Value);
        await context.RespondAsync(
            InteractionReply.Text(
                $"The reflection prompt of the day will be posted in <#{channel.Id}> at {LocalTimeText.Format(time)} ({zone.Id})"
                + (startThread ? ", with a thread for answers" : "")
                + $". First post: {CheckinMessages.FormatWhen(next, zone)}."),
            cancellationToken);
    }

    public async Task OffAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        var wasOn = await repository.DisableAsync(guildId.Value, cancellationToken);
        await context.RespondAsync(InteractionReply.Text(wasOn ? PromptOfTheDayTexts.Off : PromptOfTheDayTexts.WasNotOn), cancellationToken);
    }

    /// <summary>One line for /config show.</summary>
    public async Task<string> DescribeAsync(Snowflake guildId, CancellationToken cancellationToken)
    {
        if (await repository.GetAsync(guildId.Value, cancellationToken) is not { } settings)
        {
            return "**Reflection prompt of the day:** off";
        }

        var zone = TimeZoneDirectory.TryFind(settings.TimeZone, out var found) ? found : DateTimeZone.Utc;
        var line = $"**Reflection prompt of the day:** in <#{settings.ChannelId}> at {settings.LocalTime:HH\\:mm} ({settings.TimeZone})"
            + (settings.StartThread ? " with a thread" : "")
            + $"; next post {CheckinMessages.FormatWhen(Instant.FromDateTimeOffset(settings.NextDueAt), zone)}";
        var latest = await repository.GetLatestPostAsync(guildId.Value, cancellationToken);
        return latest?.State == DeliveryState.Failed
            ? line + $"\n⚠️ The last prompt ({CheckinMessages.FormatDate(latest.LocalDate)}) could not be posted: Discord refused it ({latest.Failure}). Check that I can still see the channel and send messages and embeds there, then run /config reflection-channel again."
            : line;
    }

    private async Task<string?> MissingPermissionsAsync(Snowflake guildId, Snowflake channelId, bool startThread, CancellationToken cancellationToken)
    {
        Permissions granted;
        try
        {
            granted = await botPermissions.ForChannelAsync(guildId, channelId, cancellationToken);
        }
        catch (DiscordRestException exception)
        {
            LogPermissionLookupFailed(exception);
            return PromptOfTheDayTexts.CannotCheckChannel;
        }

        var needed = startThread ? NeededToPost.Concat(NeededForThreads) : NeededToPost;
        var missing = needed.Where(p => (granted & p.Flag) == 0).Select(p => $"**{p.Name}**").ToList();
        return missing.Count == 0
            ? null
            : $"I can't post in <#{channelId}> yet: I'm missing {string.Join(", ", missing)} there. "
                + "Give ReflectBot's role that permission in the channel's settings (Edit Channel → Permissions), then run this again. Nothing was changed.";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prompt of the day configured for guild {GuildId}")]
    private partial void LogConfigured(ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not work out the bot's permissions in a chosen channel")]
    private partial void LogPermissionLookupFailed(Exception exception);
}

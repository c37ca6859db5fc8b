using Microsoft.Extensions.Options;
using NodaTime;
using ReflectBot.Commands.Checkins;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Reflection;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.PromptOfTheDay;

/// <summary>
/// Posts each server's reflection prompt of the day in the channel its moderators chose, once per
/// day: the post is recorded with a nonce before Discord is called, so a restart cannot post twice.
/// </summary>
public sealed partial class GuildPromptJob(
    GuildReflectionRepository repository,
    ReflectionPromptChooser prompts,
    DiscordRestClient rest,
    IOptions<CheckinOptions> options,
    ILogger<GuildPromptJob> logger) : IScheduledJob
{
    /// <summary>Discord's answer when a thread already hangs off the message (a retry after a crash).</summary>
    private const int ThreadAlreadyCreated = 160004;

    public string Name => "server prompts of the day";

    public async Task<JobRound> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pending = await repository.GetPendingAsync(settings.BatchSize, cancellationToken);
        var retried = await ParallelRounds.RunAsync(pending, settings.MaxParallelSends, p => PostAsync(p, now, cancellationToken), LogItemFailed, cancellationToken);

        var due = await repository.GetDueAsync(now, settings.BatchSize, cancellationToken);
        var posted = await ParallelRounds.RunAsync(due, settings.MaxParallelSends, g => ClaimAndPostAsync(g, now, cancellationToken), LogItemFailed, cancellationToken);
        return retried + posted;
    }

    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken) => repository.GetNextWakeAsync(cancellationToken);

    private async Task<bool> ClaimAndPostAsync(StoredGuildReflection guild, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = TimeZoneDirectory.TryFind(guild.TimeZone, out var found) ? found : DateTimeZone.Utc;
        var due = Instant.FromDateTimeOffset(guild.NextDueAt);
        var nowInstant = Instant.FromDateTimeOffset(now);
        var next = CheckinSchedule.NextDue(LocalTime.FromTimeOnly(guild.LocalTime), zone, nowInstant > due ? nowInstant : due);
        var chosen = await prompts.ForGuildAsync(guild.GuildId, cancellationToken);
        var claim = new GuildPostClaim(
            guild.GuildId, guild.NextDueAt, CheckinSchedule.LocalDateOf(due, zone).ToDateOnly(), chosen.Prompt.Id, chosen.Cycle, guild.ChannelId, next.ToDateTimeOffset(), now);
        return await repository.ClaimAsync(claim, cancellationToken) is not { } post || await PostAsync(post, now, cancellationToken);
    }

    private async Task<bool> PostAsync(StoredGuildPost post, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - post.CreatedAt > options.Value.GraceWindow)
        {
            await repository.MarkSkippedAsync(post.Id, "late", now, cancellationToken);
            LogSkippedLate(post.GuildId);
            return true;
        }

        var settings = await repository.GetAsync(post.GuildId, cancellationToken);
        var channel = new Snowflake(post.ChannelId);
        try
        {
            var message = GuildPromptMessage.Build(post, prompts.Find(post.PromptId));
            var sent = await rest.CreateMessageAsync(channel, message, null, cancellationToken);
            var threadId = settings?.StartThread == true ? await StartThreadAsync(channel, sent, post, cancellationToken) : null;
            await repository.MarkSentAsync(post.Id, sent.Id.Value, threadId, now, CancellationToken.None);
            return true;
        }
        catch (DiscordRestException exception) when (exception.Code is DiscordErrorCode.MissingAccess or DiscordErrorCode.MissingPermissions or DiscordErrorCode.UnknownChannel)
        {
            await repository.MarkFailedAsync(post.Id, $"discord-{exception.Code}", now, CancellationToken.None);
            LogCannotPost(post.GuildId, exception.Code ?? 0);
            return true;
        }
    }

    private async Task<ulong?> StartThreadAsync(Snowflake channel, Message sent, StoredGuildPost post, CancellationToken cancellationToken)
    {
        try
        {
            var thread = await rest.StartThreadFromMessageAsync(channel, sent.Id, GuildPromptMessage.ThreadName(post), cancellationToken);
            return thread.Id.Value;
        }
        catch (DiscordRestException exception) when (exception.Code is ThreadAlreadyCreated or DiscordErrorCode.MissingPermissions or DiscordErrorCode.MissingAccess)
        {
            // The prompt is up either way; a missing thread is not worth a second post.
            LogNoThread(post.GuildId, exception.Code ?? 0);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A server prompt could not be posted; it will be tried again")]
    private partial void LogItemFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt of the day for guild {GuildId} skipped: late beyond the grace window")]
    private partial void LogSkippedLate(ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt of the day for guild {GuildId} could not be posted (Discord code {Code}); /config show tells moderators")]
    private partial void LogCannotPost(ulong guildId, int code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prompt of the day for guild {GuildId} posted without a thread (Discord code {Code})")]
    private partial void LogNoThread(ulong guildId, int code);
}

using Microsoft.Extensions.Options;
using ReflectBot.Commands.Checkins;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Reflection;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Scheduling;
using ReflectBot.Servers;

namespace ReflectBot.Commands.PromptOfTheDay;

/// <summary>
/// Posts each server's reflection prompt of the day in the channel its moderators chose, once per
/// day. The post is recorded (with a nonce) before Discord is called; a retry first looks in the
/// channel for the post an earlier attempt may have made, so a restart never posts twice.
/// </summary>
public sealed partial class GuildPromptJob(
    GuildReflectionRepository repository,
    ReflectionPromptChooser prompts,
    DiscordRestClient rest,
    BotIdentity identity,
    IOptions<CheckinOptions> options,
    ILogger<GuildPromptJob> logger) : IScheduledJob
{
    /// <summary>Discord's answer when a thread already hangs off the message (a retry after a crash).</summary>
    private const int ThreadAlreadyCreated = 160004;

    private const int MessagesSearched = 50;

    public string Name => "server prompts of the day";

    public async Task<JobRound> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pending = await repository.GetPendingAsync(settings.BatchSize, cancellationToken);
        var retried = await ParallelRounds.RunAsync(pending, settings.MaxParallelSends, p => PostAsync(p, isRetry: true, now, cancellationToken), LogItemFailed, cancellationToken);

        var due = await repository.GetDueAsync(now, settings.BatchSize, cancellationToken);
        var posted = await ParallelRounds.RunAsync(due, settings.MaxParallelSends, g => ClaimAndPostAsync(g, now, cancellationToken), LogItemFailed, cancellationToken);
        return retried + posted;
    }

    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken) => repository.GetNextWakeAsync(cancellationToken);

    private async Task<bool> ClaimAndPostAsync(StoredGuildReflection guild, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slot = DueSlot.Daily(guild.LocalTime, guild.TimeZone, guild.NextDueAt, now, options.Value.GraceWindow);
        var chosen = await prompts.ForGuildAsync(guild.GuildId, cancellationToken);
        var claim = new GuildPostClaim(guild.GuildId, guild.NextDueAt, slot.LocalDate, chosen.Prompt.Id, chosen.Cycle, guild.ChannelId, slot.Next, now);
        return await repository.ClaimAsync(claim, cancellationToken) is not { } post || await PostAsync(post, isRetry: false, now, cancellationToken);
    }

    private async Task<bool> PostAsync(StoredGuildPost post, bool isRetry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DueSlot.IsTooLate(post.DueAt, now, options.Value.GraceWindow))
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
            var sent = (isRetry ? await FindEarlierPostAsync(channel, post, message, cancellationToken) : null)
                ?? await rest.CreateMessageAsync(channel, message, null, cancellationToken);
            var threadId = settings?.StartThread == true ? await StartThreadAsync(channel, sent, post, cancellationToken) : null;
            await repository.MarkSentAsync(post.Id, sent.Id.Value, threadId, now, CancellationToken.None);
            return true;
        }
        catch (DiscordRestException exception) when (exception.IsRefusal)
        {
            // Lost access, a deleted channel or a refused message: trying again would be refused the same way.
            await repository.MarkFailedAsync(post.Id, $"discord-{exception.Code}", now, CancellationToken.None);
            LogCannotPost(post.GuildId, exception.Code ?? 0);
            return true;
        }
    }

    /// <summary>The bot's post for this day, if an earlier attempt made it; null when it cannot tell (then the nonce still guards).</summary>
    private async Task<Message?> FindEarlierPostAsync(Snowflake channel, StoredGuildPost post, MessageCreate message, CancellationToken cancellationToken)
    {
        try
        {
            var botUserId = await identity.UserIdAsync(cancellationToken);
            var title = message.Embeds?[0].Title;
            var recent = await rest.GetChannelMessagesAsync(channel, Snowflake.FromTime(post.CreatedAt.AddMinutes(-1)), MessagesSearched, cancellationToken);
            return recent.FirstOrDefault(m => m.Author?.Id == botUserId && m.Embeds is [var embed, ..] && embed.Title == title);
        }
        catch (DiscordRestException exception) when (exception.IsRefusal)
        {
            LogCannotLookBack(post.GuildId, exception.Code ?? 0);
            return null;
        }
    }

    private async Task<ulong?> StartThreadAsync(Snowflake channel, Message sent, StoredGuildPost post, CancellationToken cancellationToken)
    {
        try
        {
            var thread = await rest.StartThreadFromMessageAsync(channel, sent.Id, GuildPromptMessage.ThreadName(post), cancellationToken);
            return thread.Id.Value;
        }
        catch (DiscordRestException exception) when (exception.Code == ThreadAlreadyCreated || exception.IsRefusal)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt of the day for guild {GuildId} could not be posted (Discord code {Code}); /config show reports it")]
    private partial void LogCannotPost(ulong guildId, int code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not read guild {GuildId}'s channel to check for an earlier post (Discord code {Code}); posting with the nonce")]
    private partial void LogCannotLookBack(ulong guildId, int code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prompt of the day for guild {GuildId} posted without a thread (Discord code {Code})")]
    private partial void LogNoThread(ulong guildId, int code);
}

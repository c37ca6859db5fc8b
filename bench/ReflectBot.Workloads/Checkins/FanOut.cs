using ReflectBot.LocalDiscord;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Processes;
using ReflectBot.Workloads.Quiz;

namespace ReflectBot.Workloads.Checkins;

/// <summary>
/// Many people due at the same instant, the bot as its own process, the local Discord enforcing the real global
/// limit and route buckets: every person must get exactly one DM, as fast as the limit allows.
/// </summary>
public static class FanOut
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(110);

    public static async Task<FanOutReport> RunAsync(FanOutOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var quizPeople = options.QuizRate > 0 ? Math.Max(50, (int)(options.QuizRate * 6)) : 0;
        var discordOptions = new LocalDiscordOptions { GeneratedMembers = options.People + quizPeople, RequestLogCapacity = 1_000 };
        await using var discord = await LocalDiscordRun.StartAsync(discordOptions, cancellationToken);
        var members = discord.Server.World.GeneratedMembers;
        var databasePath = Path.Combine(options.WorkDirectory, "fanout.db");
        var dueAt = timeProvider.GetUtcNow() + options.DueIn;
        await DueCheckinSeeder.SeedAsync(databasePath, [.. Enumerable.Range(0, options.People).Select(i => new SeededPerson(members[i].Id, members[i].DmChannelId))],
            dueAt, timeProvider, cancellationToken);

        await using var bot = ProcessUnderTest.Start(ReflectBotProcess.Create(discord.Server.ApiBaseAddress, discord.Server.BotToken,
            databasePath, options.PromptsPath, options.BotSettings, options.BotPath));
        await discord.WaitForReadyAsync(1, TimeSpan.FromSeconds(60), cancellationToken);

        QuizLoadReport? quiz = null;
        Task<QuizLoadReport>? quizRun = null;
        if (quizPeople > 0)
        {
            await WaitForPeopleAsync(discord.Control, 1, options.Patience, timeProvider, cancellationToken);
            quizRun = QuizLoad.RunAsync(discord.Control, new QuizLoadOptions
            {
                InteractionsPerSecond = options.QuizRate,
                Duration = options.QuizDuration,
                UserIds = [.. Enumerable.Range(options.People, quizPeople).Select(i => members[i].Id)],
                ChannelId = discord.Server.World.General.Id,
            }, timeProvider, cancellationToken);
        }

        var summary = await WaitForPeopleAsync(discord.Control, options.People, options.Patience, timeProvider, cancellationToken);
        var elapsed = timeProvider.GetUtcNow() - dueAt;
        if (quizRun is not null)
        {
            quiz = await quizRun;
        }

        var requestsNeeded = options.People;
        return new FanOutReport(
            options.People,
            summary.Messages,
            summary.UsersWithMoreThanOne,
            options.People - summary.Users,
            requestsNeeded,
            elapsed,
            TimeSpan.FromSeconds((double)requestsNeeded / discordOptions.GlobalRequestsPerSecond),
            quiz,
            bot.Sample());
    }

    /// <summary>Long-polls until <paramref name="people"/> have a DM; the summary at that point (or when patience ran out).</summary>
    internal static async Task<DirectMessageSummary> WaitForPeopleAsync(LocalDiscordControlClient control, int people, TimeSpan patience,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        while (true)
        {
            try
            {
                return await control.WaitForDirectMessageUsersAsync(people, LongPoll, cancellationToken);
            }
            catch (TimeoutException) when (timeProvider.GetElapsedTime(started) < patience)
            {
                // Still going: poll again.
            }
            catch (TimeoutException)
            {
                return await control.GetDirectMessageSummaryAsync(cancellationToken);
            }
        }
    }
}

using Microsoft.Data.Sqlite;
using ReflectBot.LocalDiscord;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.Workloads.Checkins;

/// <summary>A fan-out during which the bot is killed with SIGKILL again and again, each time started again.</summary>
public sealed record KillRestartOptions
{
    public required int People { get; init; }
    public required int Kills { get; init; }
    public required string WorkDirectory { get; init; }
    public required string PromptsPath { get; init; }

    /// <summary>Each kill comes at a random moment this long after the bot reached READY (seeded, so runs repeat).</summary>
    public TimeSpan MinUptime { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxUptime { get; init; } = TimeSpan.FromSeconds(3);
    public int Seed { get; init; } = 3;
    public string? BotPath { get; init; }
    public TimeSpan Patience { get; init; } = TimeSpan.FromMinutes(30);
}

/// <summary>What the kills left behind: DMs per person in the end, and whether SQLite still thinks its file is whole.</summary>
public sealed record KillRestartReport(int People, int Kills, int DmsAtKills, int Users, int Messages, int Duplicates, string IntegrityCheck, TimeSpan Elapsed);

/// <summary>
/// Kills the bot process (kill -9) at random moments of a check-in fan-out and starts it again each time; in the end
/// everyone must have exactly one DM (the send log and Discord's enforce_nonce together) and the database must pass
/// PRAGMA integrity_check.
/// </summary>
public static class KillRestart
{
    public static async Task<KillRestartReport> RunAsync(KillRestartOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await using var discord = await LocalDiscordRun.StartAsync(new LocalDiscordOptions { GeneratedMembers = options.People }, cancellationToken);
        var members = discord.Server.World.GeneratedMembers;
        var databasePath = Path.Combine(options.WorkDirectory, "kill-restart.db");
        var dueAt = timeProvider.GetUtcNow() + TimeSpan.FromSeconds(1);
        await DueCheckinSeeder.SeedAsync(databasePath, [.. Enumerable.Range(0, options.People).Select(i => new SeededPerson(members[i].Id, members[i].DmChannelId))],
            dueAt, timeProvider, cancellationToken);

        var random = new Random(options.Seed);
        var launch = ReflectBotProcess.Create(discord.Server.ApiBaseAddress, discord.Server.BotToken, databasePath, options.PromptsPath, null, options.BotPath);
        var started = timeProvider.GetTimestamp();
        var dmsAtKills = 0;
        var readies = 0;
        for (var kill = 0; kill < options.Kills; kill++)
        {
            var bot = ProcessUnderTest.Start(launch);
            await discord.WaitForReadyAsync(++readies, TimeSpan.FromSeconds(60), cancellationToken);
            var uptime = options.MinUptime + ((options.MaxUptime - options.MinUptime) * random.NextDouble());
            await Task.Delay(uptime, timeProvider, cancellationToken);
            bot.KillHard();
            await bot.DisposeAsync();
            dmsAtKills = (await discord.Control.GetDirectMessageSummaryAsync(cancellationToken)).Users;
        }

        await using (var last = ProcessUnderTest.Start(launch))
        {
            await discord.WaitForReadyAsync(++readies, TimeSpan.FromSeconds(60), cancellationToken);
            var summary = await FanOut.WaitForPeopleAsync(discord.Control, options.People, options.Patience, timeProvider, cancellationToken);
            var elapsed = timeProvider.GetElapsedTime(started);
            await last.DisposeAsync(); // before the integrity check, so the bot has let go of the file
            return new KillRestartReport(options.People, options.Kills, dmsAtKills, summary.Users, summary.Messages, summary.UsersWithMoreThanOne,
                await IntegrityCheckAsync(databasePath, cancellationToken), elapsed);
        }
    }

    private static async Task<string> IntegrityCheckAsync(string databasePath, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync(cancellationToken) ?? "no answer");
    }
}

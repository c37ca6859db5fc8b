using ReflectBot.LocalDiscord;
using ReflectBot.Workloads.Discord;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.FaultTests.Support;

/// <summary>A local Discord and the bot as its own process connected to it, in a temporary folder of their own.</summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _folder;

    private BotUnderTest(LocalDiscordRun discord, string folder)
    {
        Discord = discord;
        _folder = folder;
    }

    public LocalDiscordRun Discord { get; }

    public ProcessUnderTest? Bot { get; private set; }

    public string DatabasePath => Path.Combine(_folder, "bot.db");

    public int Starts { get; private set; }

    public static async Task<BotUnderTest> CreateAsync(Action<LocalDiscordOptions>? configure = null)
    {
        var options = new LocalDiscordOptions();
        configure?.Invoke(options);
        var folder = Path.Combine(Path.GetTempPath(), "reflectbot-faults-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new BotUnderTest(await LocalDiscordRun.StartAsync(options, CancellationToken.None), folder);
    }

    /// <summary>Starts the bot process and waits for its READY.</summary>
    public async Task StartBotAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        Bot = ProcessUnderTest.Start(ReflectBotProcess.Create(Discord.Server.ApiBaseAddress, Discord.Server.BotToken, DatabasePath,
            Path.Combine(RepositoryRoot.Find(), "prompts"), settings));
        Starts++;
        try
        {
            await Discord.WaitForReadyAsync(Starts, Patience, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("The bot did not reach READY. Its output:\n" + string.Join('\n', Bot.OutputLines()));
        }
    }

    /// <summary>Lines the bot printed that say something went badly wrong.</summary>
    public IReadOnlyList<string> FailureLines() =>
        [.. (Bot?.OutputLines() ?? []).Where(line => line.StartsWith("crit:", StringComparison.Ordinal)
            || line.Contains("Unhandled exception", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp clean-up.
        }
    }
}

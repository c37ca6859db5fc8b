using ReflectBot.LocalDiscord;
using ReflectBot.Workloads.Discord;

namespace ReflectBot.Workloads.Processes;

/// <summary>
/// A local Discord and the bot as its own process connected to it, in a temporary folder of their own: what each fault
/// scenario runs against, in the short tests and in the bench alike.
/// </summary>
public sealed class BotOnLocalDiscord : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _folder;
    private readonly string? _botPath;

    private BotOnLocalDiscord(LocalDiscordRun discord, string folder, string? botPath)
    {
        Discord = discord;
        _folder = folder;
        _botPath = botPath;
    }

    public LocalDiscordRun Discord { get; }

    public ProcessUnderTest? Bot { get; private set; }

    /// <summary>The bot's database; seed it before <see cref="StartBotAsync"/> to start with people in it.</summary>
    public string DatabasePath => Path.Combine(_folder, "bot.db");

    public int Starts { get; private set; }

    /// <param name="configure">Sets the local Discord's options (people, request log) before it starts.</param>
    /// <param name="botPath">Another build of the bot (a published one) instead of the ReflectBot.dll next to the caller.</param>
    public static async Task<BotOnLocalDiscord> CreateAsync(Action<LocalDiscordOptions>? configure = null, string? botPath = null)
    {
        var options = new LocalDiscordOptions();
        configure?.Invoke(options);
        var folder = Path.Combine(Path.GetTempPath(), "reflectbot-faults-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new BotOnLocalDiscord(await LocalDiscordRun.StartAsync(options, CancellationToken.None), folder, botPath);
    }

    /// <summary>Starts the bot process and waits for its READY.</summary>
    public async Task StartBotAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        Bot = ProcessUnderTest.Start(ReflectBotProcess.Create(Discord.Server.ApiBaseAddress, Discord.Server.BotToken, DatabasePath,
            Path.Combine(RepositoryRoot.Find(), "prompts"), settings, _botPath));
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

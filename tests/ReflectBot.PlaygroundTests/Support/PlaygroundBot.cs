using System.Text.RegularExpressions;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.PlaygroundTests.Support;

/// <summary>
/// The bot as the README's run command starts it with no token: its own process, in local mode, serving the
/// playground. Each test gets a fresh one with an empty database.
/// </summary>
public sealed partial class PlaygroundBot : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _folder;
    private readonly ProcessUnderTest _process;

    private PlaygroundBot(string folder, ProcessUnderTest process, Uri address)
    {
        _folder = folder;
        _process = process;
        Address = address;
    }

    /// <summary>The playground page, as the bot announced it.</summary>
    public Uri Address { get; }

    public static async Task<PlaygroundBot> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("reflectbot-playground-").FullName;
        var bot = Path.Combine(AppContext.BaseDirectory, "ReflectBot.dll");
        var process = ProcessUnderTest.Start(new ProcessLaunch("dotnet", [bot], new Dictionary<string, string>
        {
            ["ReflectBot__Discord__Token"] = "",
            ["ReflectBot__LocalDiscord__DatabasePath"] = Path.Combine(folder, "local.db"),
            ["ReflectBot__Content__PromptsPath"] = Path.Combine(RepositoryRoot.Find(), "prompts"),
            ["Logging__Console__FormatterName"] = "simple",
        }, folder));
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            await process.WaitForOutputAsync(line => line.Contains("Playground: open", StringComparison.Ordinal), Patience, timeout.Token);
            // The page lists commands as the bot registered them: wait until it has.
            await process.WaitForOutputAsync(line => line.Contains("Gateway READY", StringComparison.Ordinal), Patience, timeout.Token);
            await process.WaitForOutputAsync(line => line.Contains("Registered ", StringComparison.Ordinal)
                && line.Contains("command(s)", StringComparison.Ordinal), Patience, timeout.Token);
            var announcement = process.OutputLines().First(line => line.Contains("Playground: open", StringComparison.Ordinal));
            return new PlaygroundBot(folder, process, new Uri(LocalAddress().Match(announcement).Value));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>The bot's output, for a failing test's message.</summary>
    public string Output() => string.Join('\n', _process.OutputLines().TakeLast(80));

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp clean-up.
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex LocalAddress();
}

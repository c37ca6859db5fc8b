using System.Diagnostics;
using System.Text.RegularExpressions;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.IntegrationTests;

/// <summary>The README's run command: with no token, the bot runs against an in-process local Discord.</summary>
public sealed partial class LocalModeTests
{
    [Fact]
    public async Task Without_a_token_the_bot_starts_in_local_mode_says_where_and_answers_about()
    {
        var dataFolder = Directory.CreateTempSubdirectory("reflectbot-local-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "exec", Path.Combine(AppContext.BaseDirectory, "ReflectBot.dll"),
                "--Discord:Token=", $"--LocalDiscord:DatabasePath={Path.Combine(dataFolder, "local.db")}",
            },
        };
        start.Environment.Remove("ReflectBot__Discord__Token");
        start.Environment.Remove("Discord__Token");
        start.Environment["Logging__Console__FormatterName"] = "simple";
        using var process = Process.Start(start)!;
        var lines = new LineWatcher(process.StandardOutput);
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var announcement = await lines.WaitForAsync(line => line.Contains("Local mode:", StringComparison.Ordinal), TestBot.Patience);
            await lines.WaitForAsync(line => line.Contains("Gateway READY", StringComparison.Ordinal), TestBot.Patience);
            var baseAddress = new Uri(LocalAddress().Match(announcement).Value);

            using var http = new HttpClient { BaseAddress = new Uri(baseAddress, "_local/") };
            var control = new LocalDiscordControlClient(http);
            var about = await control.InjectInteractionAsync(new InjectInteractionRequest
            {
                Type = 2,
                UserId = 1213098916577411094,
                ChannelId = 1213095896678531082,
                Data = new System.Text.Json.Nodes.JsonObject { ["name"] = "about", ["type"] = 1 },
            }, CancellationToken.None);
            var answer = await control.WaitForInitialResponseAsync(about.Id, TestBot.Patience, CancellationToken.None);

            Assert.True(answer.AnsweredInTime);
            Assert.Equal(4, answer.InitialResponse!.Type);
            Assert.Single(lines.All, line => line.Contains("Local mode:", StringComparison.Ordinal));
            var playground = await lines.WaitForAsync(line => line.Contains("Playground: open", StringComparison.Ordinal), TestBot.Patience);
            Assert.Equal(baseAddress.ToString(), LocalAddress().Match(playground).Value);
            using var page = new HttpClient { BaseAddress = baseAddress };
            Assert.Contains("<title>ReflectBot playground</title>", await page.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await errors;
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex LocalAddress();

    /// <summary>Reads a process's output line by line and lets a test wait for a line.</summary>
    private sealed class LineWatcher
    {
        private readonly List<string> _lines = [];
        private readonly CapturingLoggerProvider _signal = new();

        public LineWatcher(StreamReader reader) => _ = PumpAsync(reader);

        public IReadOnlyList<string> All
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
            => (await _signal.WaitForAsync(entry => match(entry.Message), timeout)).Message;

        private async Task PumpAsync(StreamReader reader)
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }

                _signal.CreateLogger("process").Log(Microsoft.Extensions.Logging.LogLevel.Information, default, line, null, (text, _) => text);
            }
        }
    }
}

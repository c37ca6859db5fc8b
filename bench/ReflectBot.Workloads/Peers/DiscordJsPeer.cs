using System.ComponentModel;
using System.Diagnostics;

namespace ReflectBot.Workloads.Peers;

/// <summary>The discord.js 14 peer in bench/peer-discordjs: installs its packages once and says how to start it.</summary>
public static class DiscordJsPeer
{
    /// <summary>The peer's folder, relative to the repository root.</summary>
    public static readonly string RelativeDirectory = Path.Combine("bench", "peer-discordjs");

    /// <summary>The line the peer prints once discord.js is ready and /quiz is registered.</summary>
    public const string ReadyLine = "ready";

    public static string DirectoryUnder(string repoRoot) => Path.Combine(repoRoot, RelativeDirectory);

    /// <summary>Runs <c>npm ci</c> in the peer's folder when its node_modules is missing; a clear error when node or npm is not installed.</summary>
    public static async Task EnsureInstalledAsync(string repoRoot, CancellationToken ct)
    {
        var directory = DirectoryUnder(repoRoot);
        if (Directory.Exists(Path.Combine(directory, "node_modules")))
        {
            return;
        }

        await RunAsync("node", ["--version"], directory, "node (Node.js 20 or later) is needed to run the discord.js peer", ct);
        await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], directory, "npm is needed to install the discord.js peer's packages", ct);
    }

    /// <summary>The script node runs.</summary>
    public static string ScriptPath(string repoRoot) => Path.Combine(DirectoryUnder(repoRoot), "index.js");

    /// <summary>
    /// The peer's environment for a local Discord whose REST lives under <paramref name="apiBase"/> (with or
    /// without /v10/; discord.js appends the version itself).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(Uri apiBase, string token, string quizJsonPath, string dbPath)
        => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DISCORD_TOKEN"] = token,
            ["DISCORD_API"] = ApiRoot(apiBase),
            ["PEER_QUIZ"] = quizJsonPath,
            ["PEER_DB"] = dbPath,
        };

    /// <summary>http://host:port/api/v10/ → http://host:port/api, the form discord.js's <c>rest.api</c> option takes.</summary>
    public static string ApiRoot(Uri apiBase)
    {
        var text = apiBase.ToString().TrimEnd('/');
        return text.EndsWith("/v10", StringComparison.Ordinal) ? text[..^"/v10".Length] : text;
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, string directory, string missingMessage, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{missingMessage}; '{fileName}' did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{missingMessage}, but '{fileName}' was not found on PATH.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{fileName} {string.Join(' ', arguments)}' in {directory} failed with exit code {process.ExitCode}:\n{await output}{await errors}");
            }
        }
    }
}

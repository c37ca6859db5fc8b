namespace ReflectBot.Workloads.Processes;

/// <summary>How to start the bot as its own process against a local Discord.</summary>
public static class ReflectBotProcess
{
    private const string EnvironmentPrefix = "ReflectBot__";

    /// <summary>
    /// The bot (ReflectBot.dll next to the calling assembly, run with the <c>dotnet</c> host) configured by environment
    /// variables for a local Discord. <paramref name="extra"/> adds or overrides settings as "Section:Key" → value.
    /// The working folder is the database's, so no appsettings.json of the repository is read.
    /// <paramref name="botPath"/> runs another build of the bot (a published one) instead.
    /// </summary>
    public static ProcessLaunch Create(Uri apiBaseAddress, string token, string databasePath, string promptsPath,
        IReadOnlyDictionary<string, string>? extra = null, string? botPath = null)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Discord:Token"] = token,
            ["Discord:ApiBaseAddress"] = apiBaseAddress.ToString(),
            ["Storage:DatabasePath"] = databasePath,
            ["Content:PromptsPath"] = promptsPath,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var environment = settings.ToDictionary(
            entry => EnvironmentPrefix + entry.Key.Replace(":", "__", StringComparison.Ordinal),
            entry => entry.Value,
            StringComparer.Ordinal);
        var bot = botPath ?? Path.Combine(AppContext.BaseDirectory, "ReflectBot.dll");
        if (!File.Exists(bot))
        {
            throw new FileNotFoundException("ReflectBot.dll is not next to the running program; reference the bot project.", bot);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? AppContext.BaseDirectory;
        return new ProcessLaunch("dotnet", [bot], environment, folder);
    }
}

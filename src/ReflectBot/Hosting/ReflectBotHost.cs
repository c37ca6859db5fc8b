using System.Reflection;

namespace ReflectBot.Hosting;

/// <summary>The host builder with the bot's configuration sources, shared by the bot, its CLI verbs and its tests.</summary>
public static class ReflectBotHost
{
    public const string EnvironmentPrefix = "ReflectBot__";

    /// <param name="args">Command-line settings (<c>--Section:Key=value</c>); they win over every other source.</param>
    /// <param name="settings">Host settings such as the content root; tests pass their own.</param>
    /// <param name="userSecrets">Whether to read the developer's user secrets (tests must not pick up a real token).</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, HostApplicationBuilderSettings? settings = null, bool userSecrets = true)
    {
        settings ??= new HostApplicationBuilderSettings();
        settings.Args = args;
        var builder = Host.CreateApplicationBuilder(settings);

        // Later sources win: secrets, then ReflectBot__Section__Key variables, then the command line.
        if (userSecrets)
        {
            builder.Configuration.AddUserSecrets(Assembly.GetExecutingAssembly(), optional: true);
        }

        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);
        return builder;
    }
}

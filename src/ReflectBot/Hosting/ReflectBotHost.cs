using System.Reflection;

namespace ReflectBot.Hosting;

/// <summary>The host builder with the bot's configuration sources, shared by the bot, its CLI verbs and its tests.</summary>
public static class ReflectBotHost
{
    public const string EnvironmentPrefix = "ReflectBot__";

    public static HostApplicationBuilder CreateBuilder(string[] args, HostApplicationBuilderSettings? settings = null)
    {
        settings ??= new HostApplicationBuilderSettings();
        settings.Args = args;
        var builder = Host.CreateApplicationBuilder(settings);

        // Later sources win: secrets, then ReflectBot__Section__Key variables, then the command line.
        builder.Configuration.AddUserSecrets(Assembly.GetExecutingAssembly(), optional: true);
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);
        return builder;
    }
}

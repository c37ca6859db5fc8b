using ReflectBot.Interactions;

namespace ReflectBot.Commands.Help;

public static class HelpSetup
{
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddSlashCommand<HelpCommand>();
}

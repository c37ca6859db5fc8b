using ReflectBot.Interactions;

namespace ReflectBot.Commands.About;

public static class AboutSetup
{
    public static IServiceCollection AddAbout(this IServiceCollection services) => services.AddSlashCommand<AboutCommand>();
}

using Microsoft.Extensions.Options;

namespace ReflectBot.Hosting;

/// <summary>Binds a settings section and checks it when the host starts, so a bad setting fails early and by name.</summary>
public static class OptionsRegistrationExtensions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class
        => services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}

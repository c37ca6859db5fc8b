using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ReflectBot.Core.Checkins;

public static class CheckinServiceCollectionExtensions
{
    /// <summary>
    /// Registers the checks of <see cref="CheckinOptions"/>, run at start. The schedule, streak and picker
    /// helpers are static and need no registration. Binding <see cref="CheckinOptions"/> is the host's job.
    /// </summary>
    public static IServiceCollection AddCheckinCore(this IServiceCollection services)
    {
        services.AddOptions<CheckinOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CheckinOptions>, CheckinOptionsValidator>());
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReflectBot.Core.Content;

namespace ReflectBot.Core.Quiz;

public static class QuizServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scorer, the classifier, the checks of <see cref="QuizOptions"/> (run at start) and the
    /// <see cref="QuizInstrument"/>. The instrument is built from the content loaded at start, so inject it only
    /// into services created after the host has started. Binding <see cref="QuizOptions"/> is the host's job.
    /// </summary>
    public static IServiceCollection AddQuizCore(this IServiceCollection services)
    {
        services.AddOptions<QuizOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuizOptions>, QuizOptionsValidator>());
        services.TryAddSingleton<QuizScorer>();
        services.TryAddSingleton<PatternClassifier>();
        services.TryAddSingleton(provider => QuizInstrument.FromCatalog(provider.GetRequiredService<ContentCatalogProvider>().Current));
        return services;
    }
}

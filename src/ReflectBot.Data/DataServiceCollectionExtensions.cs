using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReflectBot.Data.Cards;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Connections;
using ReflectBot.Data.Grounding;
using ReflectBot.Data.Guilds;
using ReflectBot.Data.Migrations;
using ReflectBot.Data.Privacy;
using ReflectBot.Data.Protection;
using ReflectBot.Data.Quiz;
using ReflectBot.Data.Reflection;
using ReflectBot.Data.Safety;
using ReflectBot.Data.Users;

namespace ReflectBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers storage: the connection factory, the migrator, the repositories and a hosted
    /// <see cref="DatabaseInitializer"/>. Register this before the services that talk to Discord,
    /// since hosted services start in registration order. Binding <see cref="StorageOptions"/> is the host's job.
    /// </summary>
    public static IServiceCollection AddReflectBotData(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMigrationSource, EmbeddedMigrationSource>();
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<TextSealer>();
        services.TryAddSingleton<SealingGuard>();
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<UserRepository>();
        services.TryAddSingleton<GuildRepository>();
        services.TryAddSingleton<QuizRepository>();
        services.TryAddSingleton<CheckinRepository>();
        services.TryAddSingleton<GuildReflectionRepository>();
        services.TryAddSingleton<GroundingRepository>();
        services.TryAddSingleton<CardSettingsRepository>();
        services.TryAddSingleton<SafetyPlanRepository>();
        services.TryAddSingleton<GuildSafetyRepository>();
        services.TryAddSingleton<UserDataRepository>();
        services.TryAddSingleton<RetentionRepository>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}

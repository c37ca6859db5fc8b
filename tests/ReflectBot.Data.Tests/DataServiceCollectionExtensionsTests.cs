using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReflectBot.Data.Cards;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Guilds;
using ReflectBot.Data.Migrations;
using ReflectBot.Data.Privacy;
using ReflectBot.Data.Protection;
using ReflectBot.Data.Quiz;
using ReflectBot.Data.Reflection;
using ReflectBot.Data.Safety;
using ReflectBot.Data.Users;

namespace ReflectBot.Data.Tests;

public sealed class DataServiceCollectionExtensionsTests
{
    [Fact]
    public void Storage_services_resolve_as_singletons_with_a_hosted_initializer()
    {
        using var provider = new ServiceCollection().AddLogging().AddReflectBotData().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<UserRepository>(), provider.GetRequiredService<UserRepository>());
        Assert.NotNull(provider.GetRequiredService<GuildRepository>());
        Assert.NotNull(provider.GetRequiredService<DatabaseMigrator>());
        Assert.Same(provider.GetRequiredService<CheckinRepository>(), provider.GetRequiredService<CheckinRepository>());
        Assert.Same(provider.GetRequiredService<GuildReflectionRepository>(), provider.GetRequiredService<GuildReflectionRepository>());
        Assert.Same(provider.GetRequiredService<CardSettingsRepository>(), provider.GetRequiredService<CardSettingsRepository>());
        Assert.Same(provider.GetRequiredService<TextSealer>(), provider.GetRequiredService<TextSealer>());
        Assert.NotNull(provider.GetRequiredService<QuizRepository>());
        Assert.NotNull(provider.GetRequiredService<SafetyPlanRepository>());
        Assert.NotNull(provider.GetRequiredService<GuildSafetyRepository>());
        Assert.NotNull(provider.GetRequiredService<UserDataRepository>());
        Assert.NotNull(provider.GetRequiredService<RetentionRepository>());
        Assert.IsType<DatabaseInitializer>(Assert.Single(provider.GetServices<IHostedService>()));
    }

    [Fact]
    public void An_empty_database_path_is_rejected_with_the_setting_named()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddReflectBotData()
            .Configure<StorageOptions>(options => options.DatabasePath = " ")
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Storage:DatabasePath", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_encryption_key_is_rejected_with_advice_and_without_the_value()
    {
        const string key = "this-is-not-a-valid-key";
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddReflectBotData()
            .Configure<StorageOptions>(options => options.EncryptionKey = key)
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Storage:EncryptionKey", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_the_host_services_migrates_the_configured_database()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reflectbot-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var provider = new ServiceCollection()
                .AddLogging()
                .AddReflectBotData()
                .Configure<StorageOptions>(options => options.DatabasePath = Path.Combine(folder, "bot.db"))
                .BuildServiceProvider())
            {
                await provider.GetRequiredService<IHostedService>().StartAsync(CancellationToken.None);

                await provider.GetRequiredService<UserRepository>().EnsureAsync(1, DateTimeOffset.UnixEpoch, CancellationToken.None);
                Assert.NotNull(await provider.GetRequiredService<UserRepository>().FindAsync(1, CancellationToken.None));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}

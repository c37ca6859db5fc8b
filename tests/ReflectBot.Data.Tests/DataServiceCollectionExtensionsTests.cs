using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReflectBot.Data.Guilds;
using ReflectBot.Data.Migrations;
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
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;

namespace ReflectBot.Core.Tests.Checkins;

public sealed class CheckinServiceCollectionExtensionsTests
{
    [Fact]
    public void Configured_options_that_are_valid_resolve()
    {
        using var services = new ServiceCollection()
            .AddCheckinCore()
            .Configure<CheckinOptions>(options => options.BatchSize = 50)
            .BuildServiceProvider();

        Assert.Equal(50, services.GetRequiredService<IOptions<CheckinOptions>>().Value.BatchSize);
    }

    [Fact]
    public void A_bad_value_is_refused_by_name()
    {
        using var services = new ServiceCollection()
            .AddCheckinCore()
            .Configure<CheckinOptions>(options => options.MaxParallelSends = 0)
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CheckinOptions>>().Value);

        Assert.Contains("Checkins:MaxParallelSends", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_twice_registers_the_validator_once()
    {
        using var services = new ServiceCollection().AddCheckinCore().AddCheckinCore().BuildServiceProvider();

        Assert.Single(services.GetServices<IValidateOptions<CheckinOptions>>());
    }
}

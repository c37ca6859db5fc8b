using ReflectBot.Core.Checkins;

namespace ReflectBot.Core.Tests.Checkins;

public sealed class CheckinOptionsValidatorTests
{
    private readonly CheckinOptionsValidator _validator = new();

    public static TheoryData<string, Action<CheckinOptions>> BadValues => new()
    {
        { "GraceWindow", options => options.GraceWindow = TimeSpan.FromSeconds(59) },
        { "GraceWindow", options => options.GraceWindow = TimeSpan.FromHours(48) + TimeSpan.FromSeconds(1) },
        { "GraceWindow", options => options.GraceWindow = TimeSpan.FromHours(-1) },
        { "FailuresBeforeStop", options => options.FailuresBeforeStop = 0 },
        { "FailuresBeforeStop", options => options.FailuresBeforeStop = 11 },
        { "ReflectionMaxLength", options => options.ReflectionMaxLength = 0 },
        { "ReflectionMaxLength", options => options.ReflectionMaxLength = 4001 },
        { "AnswerWindowDays", options => options.AnswerWindowDays = 0 },
        { "AnswerWindowDays", options => options.AnswerWindowDays = 61 },
        { "MaxParallelSends", options => options.MaxParallelSends = 0 },
        { "MaxParallelSends", options => options.MaxParallelSends = 65 },
        { "BatchSize", options => options.BatchSize = 0 },
        { "BatchSize", options => options.BatchSize = 5001 },
        { "MaxIdleWait", options => options.MaxIdleWait = TimeSpan.FromMilliseconds(999) },
        { "MaxIdleWait", options => options.MaxIdleWait = TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1) },
        { "JournalMaxDays", options => options.JournalMaxDays = 0 },
        { "JournalMaxDays", options => options.JournalMaxDays = 367 },
        { "JournalDefaultDays", options => options.JournalDefaultDays = 0 },
        { "JournalDefaultDays", options => options.JournalDefaultDays = 91 },
    };

    public static TheoryData<Action<CheckinOptions>> EdgeValues => new()
    {
        options => options.GraceWindow = TimeSpan.FromMinutes(1),
        options => options.GraceWindow = TimeSpan.FromHours(48),
        options => (options.FailuresBeforeStop, options.ReflectionMaxLength, options.AnswerWindowDays) = (1, 1, 1),
        options => (options.FailuresBeforeStop, options.ReflectionMaxLength, options.AnswerWindowDays) = (10, 4000, 60),
        options => (options.MaxParallelSends, options.BatchSize) = (1, 1),
        options => (options.MaxParallelSends, options.BatchSize) = (64, 5000),
        options => options.MaxIdleWait = TimeSpan.FromSeconds(1),
        options => options.MaxIdleWait = TimeSpan.FromHours(1),
        options => (options.JournalDefaultDays, options.JournalMaxDays) = (1, 1),
        options => (options.JournalDefaultDays, options.JournalMaxDays) = (366, 366),
    };

    [Fact]
    public void The_defaults_are_the_agreed_values_and_are_valid()
    {
        var options = new CheckinOptions();

        Assert.Equal(TimeSpan.FromHours(2), options.GraceWindow);
        Assert.Equal(3, options.FailuresBeforeStop);
        Assert.Equal(4000, options.ReflectionMaxLength);
        Assert.Equal(7, options.AnswerWindowDays);
        Assert.Equal(8, options.MaxParallelSends);
        Assert.Equal(200, options.BatchSize);
        Assert.Equal(TimeSpan.FromMinutes(1), options.MaxIdleWait);
        Assert.Equal(7, options.JournalDefaultDays);
        Assert.Equal(90, options.JournalMaxDays);
        Assert.Equal("Checkins", CheckinOptions.SectionName);
        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_value_out_of_range_is_refused_by_name(string key, Action<CheckinOptions> change)
    {
        var options = new CheckinOptions();
        change(options);

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures ?? []);
        Assert.StartsWith($"Checkins:{key} must be from ", failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EdgeValues))]
    public void Values_at_the_ends_of_their_range_are_allowed(Action<CheckinOptions> change)
    {
        var options = new CheckinOptions();
        change(options);

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_default_journal_length_above_the_maximum_names_the_maximum()
    {
        var result = _validator.Validate(null, new CheckinOptions { JournalDefaultDays = 30, JournalMaxDays = 14 });

        Assert.Equal("Checkins:JournalDefaultDays must be from 1 to 14 (Checkins:JournalMaxDays); it is 30.", Assert.Single(result.Failures ?? []));
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var result = _validator.Validate(null, new CheckinOptions { BatchSize = 0, MaxParallelSends = 0, GraceWindow = TimeSpan.Zero });

        Assert.Equal(3, (result.Failures ?? []).Count());
    }
}

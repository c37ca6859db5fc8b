using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Hosting;
using ReflectBot.Interactions;

namespace ReflectBot.Tests.Interactions;

public sealed class UserRateLimiterTests
{
    private const ulong Ana = 1001;
    private const ulong Ben = 1002;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_UpToTheBudget_IsAllowed_AndTheNextIsRefused()
    {
        var limiter = CreateLimiter(commands: 3);

        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
        Assert.False(Acquire(limiter, Ana, UserActionKind.Command));
    }

    [Fact]
    public void TryAcquire_Refused_SaysWhenTheOldestCountedOneLeavesTheWindow()
    {
        var limiter = CreateLimiter(commands: 2);
        var first = _clock.GetUtcNow();
        Acquire(limiter, Ana, UserActionKind.Command);
        _clock.Advance(TimeSpan.FromSeconds(10));
        Acquire(limiter, Ana, UserActionKind.Command);
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.False(limiter.TryAcquire(Ana, UserActionKind.Command, out var retryAt));
        Assert.Equal(first + TimeSpan.FromMinutes(1), retryAt);
    }

    [Fact]
    public void TryAcquire_OneTickBeforeTheWindowEnds_IsStillRefused()
    {
        var limiter = CreateLimiter(commands: 1);
        Acquire(limiter, Ana, UserActionKind.Command);

        _clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(1));

        Assert.False(Acquire(limiter, Ana, UserActionKind.Command));
    }

    [Fact]
    public void TryAcquire_ExactlyAWindowLater_IsAllowedAgain()
    {
        var limiter = CreateLimiter(commands: 1);
        Acquire(limiter, Ana, UserActionKind.Command);

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
    }

    [Fact]
    public void TryAcquire_WindowSlides_OnlyTheOldOnesAreFreed()
    {
        var limiter = CreateLimiter(commands: 2);
        Acquire(limiter, Ana, UserActionKind.Command);
        _clock.Advance(TimeSpan.FromSeconds(30));
        Acquire(limiter, Ana, UserActionKind.Command);

        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
        Assert.False(Acquire(limiter, Ana, UserActionKind.Command));
    }

    [Fact]
    public void TryAcquire_RefusedAttempts_DoNotCount_SoWaitingIsEnough()
    {
        var limiter = CreateLimiter(commands: 1);
        Acquire(limiter, Ana, UserActionKind.Command);
        for (var i = 0; i < 50; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            Acquire(limiter, Ana, UserActionKind.Command);
        }

        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
    }

    [Fact]
    public void TryAcquire_BudgetsAreIndependent()
    {
        var limiter = CreateLimiter(commands: 1, clicks: 2, suggestions: 3);
        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
        Assert.False(Acquire(limiter, Ana, UserActionKind.Command));

        Assert.True(Acquire(limiter, Ana, UserActionKind.Click));
        Assert.True(Acquire(limiter, Ana, UserActionKind.Click));
        Assert.False(Acquire(limiter, Ana, UserActionKind.Click));

        Assert.True(Acquire(limiter, Ana, UserActionKind.Suggestion));
        Assert.True(Acquire(limiter, Ana, UserActionKind.Suggestion));
        Assert.True(Acquire(limiter, Ana, UserActionKind.Suggestion));
        Assert.False(Acquire(limiter, Ana, UserActionKind.Suggestion));
    }

    [Fact]
    public void TryAcquire_UsersAreIndependent()
    {
        var limiter = CreateLimiter(commands: 1);
        Assert.True(Acquire(limiter, Ana, UserActionKind.Command));
        Assert.False(Acquire(limiter, Ana, UserActionKind.Command));

        Assert.True(Acquire(limiter, Ben, UserActionKind.Command));
    }

    [Fact]
    public void TryAcquire_PeopleIdleForAWindow_AreForgotten()
    {
        var limiter = CreateLimiter(commands: 5);
        for (ulong user = 1; user <= 1000; user++)
        {
            Acquire(limiter, user, UserActionKind.Command);
        }

        Assert.Equal(1000, limiter.TrackedUsers);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Acquire(limiter, Ana, UserActionKind.Click);

        Assert.Equal(1, limiter.TrackedUsers);
    }

    [Fact]
    public void TryAcquire_SomeoneStillInTheWindow_IsNotForgotten()
    {
        var limiter = CreateLimiter(commands: 1);
        Acquire(limiter, Ana, UserActionKind.Command);
        _clock.Advance(TimeSpan.FromSeconds(30));
        Acquire(limiter, Ben, UserActionKind.Command);
        _clock.Advance(TimeSpan.FromSeconds(40));

        Acquire(limiter, 3, UserActionKind.Command);

        Assert.Equal(2, limiter.TrackedUsers);
        Assert.False(Acquire(limiter, Ben, UserActionKind.Command));
    }

    [Fact]
    public void Defaults_MatchTheDocumentedBudgets()
    {
        var options = new UserLimitsOptions();

        Assert.Equal(20, options.CommandsPerMinute);
        Assert.Equal(60, options.ClicksPerMinute);
        Assert.Equal(120, options.SuggestionsPerMinute);
    }

    private static bool Acquire(UserRateLimiter limiter, ulong userId, UserActionKind kind)
        => limiter.TryAcquire(userId, kind, out _);

    private UserRateLimiter CreateLimiter(int commands = 20, int clicks = 60, int suggestions = 120)
        => new(Options.Create(new UserLimitsOptions
        {
            CommandsPerMinute = commands,
            ClicksPerMinute = clicks,
            SuggestionsPerMinute = suggestions,
        }), _clock);
}

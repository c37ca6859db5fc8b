using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Discord.Rest;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class GlobalRateLimitPriorityTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private GlobalRateLimiter? _limiter;

    public void Dispose() => _limiter?.Dispose();

    [Fact]
    public void Background_alone_gets_the_whole_limit_every_second()
    {
        var limiter = Create(perSecond: 10, reserve: 3);

        var waits = Many(limiter, DiscordRequestPriority.Background, 25);

        Assert.Equal(10, Done(waits));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(20, Done(waits));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(25, Done(waits));
    }

    [Fact]
    public void An_interactive_request_behind_a_full_window_of_background_waiters_goes_first()
    {
        var limiter = Create(perSecond: 4, reserve: 2);
        var early = Many(limiter, DiscordRequestPriority.Background, 4);
        var queued = Many(limiter, DiscordRequestPriority.Background, 5);

        var interactive = limiter.WaitAsync(DiscordRequestPriority.Interactive, CancellationToken.None).AsTask();

        Assert.Equal(4, Done(early));
        Assert.False(interactive.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(interactive.IsCompletedSuccessfully);
        Assert.Equal(2, Done(queued));
    }

    [Fact]
    public void While_interactive_traffic_is_recent_background_leaves_the_reserve_free()
    {
        var limiter = Create(perSecond: 10, reserve: 3);
        var first = limiter.WaitAsync(DiscordRequestPriority.Interactive, CancellationToken.None).AsTask();

        var background = Many(limiter, DiscordRequestPriority.Background, 30);
        var interactive = Many(limiter, DiscordRequestPriority.Interactive, 2);

        Assert.True(first.IsCompletedSuccessfully);
        Assert.Equal(7, Done(background));
        Assert.Equal(2, Done(interactive));

        // A second later the interactive requests are no longer recent: background may take every slot again.
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(17, Done(background));
    }

    [Fact]
    public void Interactive_requests_may_use_the_whole_limit()
    {
        var limiter = Create(perSecond: 5, reserve: 2);

        var waits = Many(limiter, DiscordRequestPriority.Interactive, 6);

        Assert.Equal(5, Done(waits));
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_without_taking_a_slot()
    {
        var limiter = Create(perSecond: 2, reserve: 1);
        Many(limiter, DiscordRequestPriority.Background, 2);
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.WaitAsync(DiscordRequestPriority.Interactive, cancel.Token).AsTask();
        var later = Many(limiter, DiscordRequestPriority.Interactive, 2);

        await cancel.CancelAsync();
        _time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(2, Done(later));
        Assert.True(limiter.WaitAsync(DiscordRequestPriority.Interactive, new CancellationToken(true)).AsTask().IsCanceled);
    }

    [Fact]
    public void A_global_pause_lasts_the_rate_limit_margin_longer_than_discord_asked()
    {
        var limiter = Create(perSecond: 10, reserve: 3, pauseMargin: TimeSpan.FromMilliseconds(50));
        limiter.PauseUntil(_time.GetUtcNow() + TimeSpan.FromSeconds(1));
        var waiting = limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None).AsTask();

        _time.Advance(TimeSpan.FromMilliseconds(1_049));
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(waiting.IsCompletedSuccessfully);
    }

    [Fact]
    public void A_global_429_pause_holds_back_both_priorities()
    {
        var limiter = Create(perSecond: 10, reserve: 3);
        limiter.PauseUntil(_time.GetUtcNow() + TimeSpan.FromSeconds(5));

        var interactive = limiter.WaitAsync(DiscordRequestPriority.Interactive, CancellationToken.None).AsTask();
        var background = limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None).AsTask();

        _time.Advance(TimeSpan.FromMilliseconds(4_999));
        Assert.False(interactive.IsCompleted);
        Assert.False(background.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(interactive.IsCompletedSuccessfully);
        Assert.True(background.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_ambient_priority_is_interactive_until_a_background_scope_and_restored_after_it()
    {
        Assert.Equal(DiscordRequestPriority.Interactive, DiscordRequestPriority.Current);
        using (DiscordRequestPriority.BeginBackground())
        {
            await Task.Yield();
            Assert.Equal(DiscordRequestPriority.Background, DiscordRequestPriority.Current);
            using (DiscordRequestPriority.Begin(DiscordRequestPriority.Interactive))
            {
                Assert.Equal(DiscordRequestPriority.Interactive, DiscordRequestPriority.Current);
            }

            Assert.Equal(DiscordRequestPriority.Background, DiscordRequestPriority.Current);
        }

        Assert.Equal(DiscordRequestPriority.Interactive, DiscordRequestPriority.Current);
    }

    [Fact]
    public async Task Requests_made_inside_a_background_scope_wait_as_background()
    {
        var limiter = Create(perSecond: 4, reserve: 2);
        await limiter.WaitAsync(DiscordRequestPriority.Interactive, CancellationToken.None);

        List<Task> waits;
        using (DiscordRequestPriority.BeginBackground())
        {
            waits = [.. Enumerable.Range(0, 3).Select(_ => limiter.WaitAsync(CancellationToken.None).AsTask())];
        }

        // As interactive requests all three would fit; as background only limit - reserve = 2 do.
        Assert.Equal(2, Done(waits));
    }

    [Fact]
    public async Task The_rate_limiter_takes_the_callers_ambient_priority_to_the_global_limit()
    {
        using var harness = new RestHarness(options =>
        {
            options.GlobalRequestsPerSecond = 4;
            options.InteractiveReservePerSecond = 2;
        });
        (await harness.Limiter.AcquireAsync(Route("1"), CancellationToken.None)).Dispose();

        List<Task> background;
        using (DiscordRequestPriority.BeginBackground())
        {
            background = [.. Enumerable.Range(2, 3).Select(i => harness.Limiter.AcquireAsync(Route($"{i}"), CancellationToken.None).AsTask())];
        }

        var interactive = harness.Limiter.AcquireAsync(Route("9"), CancellationToken.None).AsTask();

        Assert.Equal(2, Done(background));
        Assert.True(interactive.IsCompletedSuccessfully);
        (await interactive).Dispose();
        foreach (var done in background.Where(t => t.IsCompletedSuccessfully).Cast<Task<IRateLimitPermit>>())
        {
            (await done).Dispose();
        }
    }

    [Theory]
    [InlineData(50, 5, true)]
    [InlineData(50, 49, true)]
    [InlineData(50, 0, true)]
    [InlineData(50, 50, false)]
    [InlineData(50, -1, false)]
    public void The_interactive_reserve_must_stay_below_the_global_limit(int perSecond, int reserve, bool valid)
    {
        var options = new DiscordClientOptions { Token = "t", GlobalRequestsPerSecond = perSecond, InteractiveReservePerSecond = reserve };

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);

        Assert.Equal(valid, ok);
    }

    [Fact]
    public void A_slot_frees_a_second_and_the_margin_after_the_request_that_took_it_not_at_a_fixed_window()
    {
        var limiter = Create(perSecond: 2, reserve: 0, margin: TimeSpan.FromMilliseconds(20));
        var first = Many(limiter, DiscordRequestPriority.Background, 1);
        _time.Advance(TimeSpan.FromMilliseconds(600));
        var second = Many(limiter, DiscordRequestPriority.Background, 1);
        var waiting = Many(limiter, DiscordRequestPriority.Background, 2);

        _time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal((1, 1, 0), (Done(first), Done(second), Done(waiting)));
        _time.Advance(TimeSpan.FromMilliseconds(19));
        Assert.Equal(0, Done(waiting));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, Done(waiting));
        _time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal(2, Done(waiting));
    }

    [Fact]
    public async Task A_slot_counts_from_when_its_request_left_not_from_when_it_was_handed_out()
    {
        var limiter = Create(perSecond: 2, reserve: 0);
        var prompt = await limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None);
        var late = await limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None);
        Assert.True(prompt.TryDepart());
        prompt.Land(answered: true);

        // On a busy machine the second request resumes 400 ms after its slot was handed out.
        _time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.True(late.TryDepart());
        late.Land(answered: true);
        var waiting = Many(limiter, DiscordRequestPriority.Background, 2);

        _time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal(1, Done(waiting));
        _time.Advance(TimeSpan.FromMilliseconds(399));
        Assert.Equal(1, Done(waiting));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, Done(waiting));
    }

    [Fact]
    public async Task A_request_that_resumes_after_its_slot_left_the_window_waits_for_a_new_one()
    {
        var limiter = Create(perSecond: 1, reserve: 0);
        var stuck = await limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None);
        var next = Many(limiter, DiscordRequestPriority.Background, 1);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, Done(next));

        // The first request resumes only now, a window late: its slot has already gone to the next one.
        Assert.False(stuck.TryDepart());
        var again = Many(limiter, DiscordRequestPriority.Background, 1);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, Done(again));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, Done(again));
    }

    [Fact]
    public async Task A_request_whose_slot_came_before_a_global_429_was_learned_does_not_leave_into_the_pause()
    {
        var limiter = Create(perSecond: 1, reserve: 0);
        var slot = await limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None);

        // Another request's answer was a global 429, read before this request resumed.
        limiter.PauseUntil(_time.GetUtcNow() + TimeSpan.FromMilliseconds(500));

        Assert.False(slot.TryDepart());
        var again = Many(limiter, DiscordRequestPriority.Background, 1);
        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Equal(0, Done(again));

        // The slot was given back, so the request goes the moment the pause ends rather than a window after its first slot.
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, Done(again));
    }

    [Fact]
    public async Task A_request_still_on_its_way_keeps_its_slot_however_long_it_takes()
    {
        var limiter = Create(perSecond: 1, reserve: 0);
        var slot = await limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None);
        Assert.True(slot.TryDepart());
        var next = Many(limiter, DiscordRequestPriority.Background, 1);

        // Five seconds without an answer: the request may reach Discord at any moment, so its slot still counts.
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, Done(next));

        // Answered now, with no faster trip known, it may have arrived just now: a second more.
        slot.Land(answered: true);
        AssertOneLeavesAfter(next, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_slow_answer_holds_its_slot_for_the_part_of_the_trip_beyond_the_fastest_recent_one()
    {
        var limiter = Create(perSecond: 1, reserve: 0, margin: TimeSpan.FromMilliseconds(20));
        await TripAsync(limiter, TimeSpan.FromMilliseconds(5));
        _time.Advance(TimeSpan.FromMilliseconds(1_020));

        // The second request's trip takes 85 ms where the first took 5: it may have reached Discord 80 ms after it left.
        var next = await TripAsync(limiter, TimeSpan.FromMilliseconds(85), waiting: 1);
        AssertOneLeavesAfter(next, TimeSpan.FromMilliseconds(1_015));
    }

    [Fact]
    public async Task A_trip_as_fast_as_the_fastest_frees_its_slot_a_window_after_it_left()
    {
        var limiter = Create(perSecond: 1, reserve: 0);
        await TripAsync(limiter, TimeSpan.FromMilliseconds(30));
        _time.Advance(TimeSpan.FromSeconds(1));

        var next = await TripAsync(limiter, TimeSpan.FromMilliseconds(30), waiting: 1);
        AssertOneLeavesAfter(next, TimeSpan.FromMilliseconds(970));
    }

    [Fact]
    public async Task A_request_that_failed_without_an_answer_counts_as_having_arrived_when_it_failed()
    {
        var limiter = Create(perSecond: 1, reserve: 0);
        await TripAsync(limiter, TimeSpan.FromMilliseconds(5));
        _time.Advance(TimeSpan.FromSeconds(1));

        var next = await TripAsync(limiter, TimeSpan.FromMilliseconds(400), waiting: 1, answered: false);
        AssertOneLeavesAfter(next, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_fastest_trip_is_forgotten_after_ten_seconds()
    {
        var limiter = Create(perSecond: 1, reserve: 0);
        await TripAsync(limiter, TimeSpan.FromMilliseconds(5));
        _time.Advance(TimeSpan.FromSeconds(10));

        // With the 5 ms trip forgotten, a 200 ms trip has nothing faster to compare with: it counts from its answer.
        var next = await TripAsync(limiter, TimeSpan.FromMilliseconds(200), waiting: 1);
        AssertOneLeavesAfter(next, TimeSpan.FromSeconds(1));
    }

    /// <summary>A request leaves, <paramref name="waiting"/> more queue behind it, and after <paramref name="trip"/> it lands.</summary>
    private async Task<List<Task>> TripAsync(GlobalRateLimiter limiter, TimeSpan trip, int waiting = 0, bool answered = true)
    {
        var slot = await DepartAsync(limiter);
        var queued = Many(limiter, DiscordRequestPriority.Background, waiting);
        _time.Advance(trip);
        slot.Land(answered);
        return queued;
    }

    /// <summary>The one waiter is served exactly <paramref name="after"/> from now.</summary>
    private void AssertOneLeavesAfter(List<Task> waiting, TimeSpan after)
    {
        _time.Advance(after - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, Done(waiting));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, Done(waiting));
    }

    private static async Task<GlobalSlot> DepartAsync(GlobalRateLimiter limiter)
    {
        var slot = await limiter.WaitAsync(DiscordRequestPriority.Background, CancellationToken.None);
        Assert.True(slot.TryDepart());
        return slot;
    }

    private GlobalRateLimiter Create(int perSecond, int reserve, TimeSpan? margin = null, TimeSpan? pauseMargin = null)
    {
        var options = new DiscordClientOptions
        {
            Token = "t",
            GlobalRequestsPerSecond = perSecond,
            InteractiveReservePerSecond = reserve,
            GlobalWindowMargin = margin ?? TimeSpan.Zero,
            RateLimitMargin = pauseMargin ?? TimeSpan.Zero,
        };
        _limiter = new GlobalRateLimiter(Microsoft.Extensions.Options.Options.Create(options), _time);
        return _limiter;
    }

    private static DiscordRoute Route(string channelId) =>
        DiscordRoute.Create(HttpMethod.Get, "/channels/{channel_id}", DiscordRouteKind.Bot, channelId);

    private static List<Task> Many(GlobalRateLimiter limiter, DiscordRequestPriority priority, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => limiter.WaitAsync(priority, CancellationToken.None).AsTask())];

    private static int Done(List<Task> waits) => waits.Count(wait => wait.IsCompletedSuccessfully);
}

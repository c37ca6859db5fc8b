using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class BucketRateLimitTests : IDisposable
{
    private readonly RestHarness _harness = new(options => options.GlobalRequestsPerSecond = 1000);

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(700)]
    public async Task Sixty_concurrent_requests_to_one_bucket_never_exceed_its_limit_in_any_window(int answerDelayMilliseconds)
    {
        var server = new FakeBucketServer(_harness.Time, "messages-bucket", limit: 5, TimeSpan.FromSeconds(1));
        _harness.Handler.Respond = async (request, cancellationToken) =>
        {
            // Discord counts a request when it arrives; a slow answer reaches the client after the window may have moved on.
            var answer = await server.RespondAsync(request, "100", Answer.MessageJson);
            await Task.Delay(TimeSpan.FromMilliseconds(answerDelayMilliseconds), _harness.Time, cancellationToken);
            return answer;
        };

        var sends = Enumerable.Range(0, 60)
            .Select(index => _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = $"n{index}" }, null, CancellationToken.None))
            .ToList();
        await _harness.AdvanceUntilAsync(Task.WhenAll(sends), TimeSpan.FromMilliseconds(100));

        Assert.True(server.Violations == 0, $"{server.Violations} over the limit; what the server saw:\n{server.Arrivals}");
        Assert.Equal(60, _harness.Handler.Requests.Count);
        Assert.All(server.PerWindow.Values, count => Assert.InRange(count, 1, 5));
        Assert.True(server.PerWindow.Count >= 12, $"{server.PerWindow.Count} windows");
    }

    [Fact]
    public async Task Until_its_bucket_is_known_a_route_sends_one_request_at_a_time()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Handler.Respond = async (_, cancellationToken) =>
        {
            await release.Task.WaitAsync(cancellationToken);
            return Answer.Json(System.Net.HttpStatusCode.OK, Answer.MessageJson, Answer.Bucket("b", 10, 9, 1));
        };

        var sends = Enumerable.Range(0, 3)
            .Select(_ => _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "x" }, null, CancellationToken.None))
            .ToList();
        await _harness.Handler.WaitForRequestsAsync(1);

        // Negative check: a broken gate lets the others out within microseconds, so this short wait catches it.
        await Assert.ThrowsAsync<TimeoutException>(() => _harness.Handler.WaitForRequestsAsync(2).WaitAsync(TimeSpan.FromMilliseconds(300)));
        release.SetResult();
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Two_channels_with_the_same_bucket_hash_do_not_share_a_bucket()
    {
        var server = new FakeBucketServer(_harness.Time, "same-hash", limit: 2, TimeSpan.FromSeconds(60));
        _harness.Handler.Respond = (request, _) => server.RespondAsync(request, request.Path.Split('/')[4], Answer.MessageJson);
        var client = _harness.Client;

        await client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "a1" }, null, CancellationToken.None);
        await client.CreateMessageAsync(new Snowflake(200), new MessageCreate { Content = "b1" }, null, CancellationToken.None);
        var second = Task.WhenAll(
            client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "a2" }, null, CancellationToken.None),
            client.CreateMessageAsync(new Snowflake(200), new MessageCreate { Content = "b2" }, null, CancellationToken.None));

        // No fake time passes: both channels still have one request left in their own bucket.
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, server.Violations);
        Assert.Equal(4, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_route_429_pauses_its_bucket_but_not_other_routes()
    {
        var channelA = Bot(HttpMethod.Post, "/channels/{channel_id}/messages", "100");
        var permit = await _harness.Limiter.AcquireAsync(channelA, CancellationToken.None);
        permit.Complete(new RateLimitResponse
        {
            StatusCode = System.Net.HttpStatusCode.TooManyRequests,
            Bucket = "b",
            Limit = 5,
            Remaining = 0,
            ResetAfter = TimeSpan.FromSeconds(5),
            RetryAfter = TimeSpan.FromSeconds(5),
        });
        permit.Dispose();
        var start = _harness.Time.GetUtcNow();

        var other = _harness.Limiter.AcquireAsync(Bot(HttpMethod.Post, "/channels/{channel_id}/messages", "200"), CancellationToken.None);
        Assert.True(other.IsCompleted);
        (await other).Dispose();

        var same = _harness.Limiter.AcquireAsync(channelA, CancellationToken.None).AsTask();
        Assert.False(same.IsCompleted);
        await _harness.AdvanceUntilAsync(same, TimeSpan.FromMilliseconds(500));
        Assert.True(_harness.Time.GetUtcNow() - start >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_route_that_answers_without_bucket_headers_is_not_serialised()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var served = 0;
        _harness.Handler.Respond = async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref served) > 1)
            {
                await release.Task.WaitAsync(cancellationToken);
            }

            return Answer.Json(System.Net.HttpStatusCode.OK, Answer.ChannelJson);
        };
        await _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None);

        var parallel = Enumerable.Range(0, 3).Select(_ => _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None)).ToList();
        await _harness.Handler.WaitForRequestsAsync(4);
        release.SetResult();
        await Task.WhenAll(parallel).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_route_that_later_names_a_bucket_is_limited_from_then_on()
    {
        var route = Bot(HttpMethod.Get, "/channels/{channel_id}", "100");
        using (var first = await _harness.Limiter.AcquireAsync(route, CancellationToken.None))
        {
            first.Complete(new RateLimitResponse { StatusCode = System.Net.HttpStatusCode.OK });
        }

        using (var second = await _harness.Limiter.AcquireAsync(route, CancellationToken.None))
        {
            second.Complete(new RateLimitResponse
            {
                StatusCode = System.Net.HttpStatusCode.OK,
                Bucket = "late",
                Limit = 1,
                Remaining = 0,
                ResetAfter = TimeSpan.FromSeconds(5),
            });
        }

        var third = _harness.Limiter.AcquireAsync(route, CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
        await _harness.AdvanceUntilAsync(third, TimeSpan.FromSeconds(1));
        (await third).Dispose();
    }

    [Fact]
    public async Task Idle_interaction_routes_are_forgotten()
    {
        for (var index = 0; index < 3; index++)
        {
            var route = Webhook(HttpMethod.Post, $"token-{index}");
            using var permit = await _harness.Limiter.AcquireAsync(route, CancellationToken.None);
            permit.Complete(new RateLimitResponse { StatusCode = System.Net.HttpStatusCode.OK, Bucket = "w", Limit = 5, Remaining = 4, ResetAfter = TimeSpan.FromSeconds(2) });
        }

        Assert.Equal(3, _harness.Buckets.TrackedRouteCount);
        _harness.Time.Advance(TimeSpan.FromMinutes(11));
        (await _harness.Limiter.AcquireAsync(Webhook(HttpMethod.Post, "fresh"), CancellationToken.None)).Dispose();

        Assert.Equal(1, _harness.Buckets.TrackedRouteCount);
    }

    private static DiscordRoute Bot(HttpMethod method, string template, params string[] values)
        => DiscordRoute.Create(method, template, DiscordRouteKind.Bot, values);

    private static DiscordRoute Webhook(HttpMethod method, string token)
        => DiscordRoute.Create(method, "/webhooks/{webhook_id}/{interaction_token}", DiscordRouteKind.InteractionWebhook, "11", token);
}

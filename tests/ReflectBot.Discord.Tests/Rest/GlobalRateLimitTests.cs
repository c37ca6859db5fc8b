using System.Net;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class GlobalRateLimitTests : IDisposable
{
    private readonly RestHarness _harness = new(options => options.GlobalRequestsPerSecond = 3);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Global_429_pauses_every_route()
    {
        var permit = await _harness.Limiter.AcquireAsync(Bot("/channels/{channel_id}/messages", "100"), CancellationToken.None);
        permit.Complete(new RateLimitResponse { StatusCode = HttpStatusCode.TooManyRequests, IsGlobal = true, RetryAfter = TimeSpan.FromSeconds(5) });
        permit.Dispose();
        var pausedAt = _harness.Time.GetUtcNow();

        _harness.Handler.Respond = (request, _) => Task.FromResult(request.Path switch
        {
            var path when path.EndsWith("/gateway/bot", StringComparison.Ordinal) => Answer.Json(HttpStatusCode.OK, """{"url":"wss://g","shards":1,"session_start_limit":{"total":1,"remaining":1,"reset_after":0,"max_concurrency":1}}"""),
            var path when path.EndsWith("/messages", StringComparison.Ordinal) => Answer.Json(HttpStatusCode.OK, Answer.MessageJson),
            _ => Answer.Json(HttpStatusCode.OK, Answer.ChannelJson),
        });
        var others = Task.WhenAll(
            _harness.Client.GetChannelAsync(new Snowflake(200), CancellationToken.None),
            _harness.Client.CreateMessageAsync(new Snowflake(300), new MessageCreate { Content = "x" }, null, CancellationToken.None),
            _harness.Client.GetGatewayBotAsync(CancellationToken.None));
        await _harness.AdvanceUntilAsync(others, TimeSpan.FromMilliseconds(250));

        Assert.Equal(3, _harness.Handler.Requests.Count);
        Assert.All(_harness.Handler.Requests, request => Assert.True(request.At >= pausedAt + TimeSpan.FromSeconds(5), $"sent at {request.At - pausedAt}"));
    }

    [Fact]
    public async Task A_global_429_seen_by_the_client_pauses_the_other_routes()
    {
        var served = 0;
        _harness.Handler.Respond = (_, _) => Task.FromResult(Interlocked.Increment(ref served) == 1
            ? Answer.RateLimited(4, global: true, scope: "global")
            : Answer.Json(HttpStatusCode.OK, Answer.ChannelJson));

        var first = _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None);

        // The client logs the 429 after handing it to the limiter, so from here on the pause is in force.
        await _harness.Logs.WaitForLineAsync("was rate limited");
        var limitedAt = _harness.Time.GetUtcNow();
        var second = _harness.Client.GetChannelAsync(new Snowflake(200), CancellationToken.None);
        await _harness.AdvanceUntilAsync(Task.WhenAll(first, second), TimeSpan.FromMilliseconds(250));

        Assert.All(_harness.Handler.Requests.Skip(1), request => Assert.True(request.At >= limitedAt + TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public async Task No_more_than_the_global_limit_leaves_in_one_second()
    {
        var waits = Enumerable.Range(0, 7).Select(Task (_) => _harness.Global.WaitAsync(CancellationToken.None).AsTask()).ToList();

        // A slot frees a second and the default 20 ms margin after the request that took it.
        var window = TimeSpan.FromSeconds(1) + new DiscordClientOptions().GlobalWindowMargin;
        Assert.Equal(3, waits.Count(wait => wait.IsCompletedSuccessfully));
        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, waits.Count(wait => wait.IsCompleted));
        _harness.Time.Advance(window - TimeSpan.FromSeconds(1));
        await WhenCompletedAsync(waits, 6);
        Assert.Equal(6, waits.Count(wait => wait.IsCompleted));
        _harness.Time.Advance(window);
        await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Requests_still_unanswered_hold_their_global_slots_until_a_window_after_their_answers()
    {
        var answers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Handler.Respond = async (_, _) =>
        {
            await answers.Task;
            return Answer.Json(HttpStatusCode.OK, Answer.ChannelJson);
        };
        var first = Task.WhenAll(
            _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None),
            _harness.Client.GetChannelAsync(new Snowflake(200), CancellationToken.None),
            _harness.Client.GetChannelAsync(new Snowflake(300), CancellationToken.None));
        await _harness.Handler.WaitForRequestsAsync(3);

        // The fourth waits: the first three may not have reached Discord yet, however long ago they left.
        var fourth = _harness.Client.GetChannelAsync(new Snowflake(400), CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromSeconds(3));
        await Task.Yield();
        Assert.Equal(3, _harness.Handler.Requests.Count);

        // Answered three seconds on, with no faster trip to compare with, they may have arrived just now.
        var answeredAt = _harness.Time.GetUtcNow();
        answers.SetResult();
        await first;
        await _harness.AdvanceUntilAsync(fourth, TimeSpan.FromMilliseconds(5));

        var window = TimeSpan.FromSeconds(1) + new DiscordClientOptions().GlobalWindowMargin;
        Assert.True(_harness.Handler.Requests[3].At >= answeredAt + window, $"sent {_harness.Handler.Requests[3].At - answeredAt} after the answers");
    }

    [Fact]
    public async Task Interaction_routes_are_exempt_from_the_global_limit_and_its_pauses()
    {
        for (var index = 0; index < 3; index++)
        {
            (await _harness.Limiter.AcquireAsync(Bot("/channels/{channel_id}", index.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None)).Dispose();
        }

        _harness.Global.PauseUntil(_harness.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        var callback = DiscordRoute.Create(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", DiscordRouteKind.InteractionCallback, "5", "tok");
        var webhook = DiscordRoute.Create(HttpMethod.Post, "/webhooks/{webhook_id}/{interaction_token}", DiscordRouteKind.InteractionWebhook, "11", "tok");

        var callbackPermit = _harness.Limiter.AcquireAsync(callback, CancellationToken.None);
        var webhookPermit = _harness.Limiter.AcquireAsync(webhook, CancellationToken.None);
        var botPermit = _harness.Limiter.AcquireAsync(Bot("/channels/{channel_id}", "9"), CancellationToken.None);

        Assert.True(callbackPermit.IsCompletedSuccessfully);
        Assert.True(webhookPermit.IsCompletedSuccessfully);
        Assert.False(botPermit.IsCompleted);
        (await callbackPermit).Dispose();
        (await webhookPermit).Dispose();
    }

    private static async Task WhenCompletedAsync(List<Task> tasks, int count)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var pending = tasks.ToList();
        while (tasks.Count(task => task.IsCompleted) < count)
        {
            var done = await Task.WhenAny(pending).WaitAsync(bound.Token);
            pending.Remove(done);
        }
    }

    private static DiscordRoute Bot(string template, params string[] values)
        => DiscordRoute.Create(HttpMethod.Get, template, DiscordRouteKind.Bot, values);
}

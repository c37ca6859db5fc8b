using System.Net;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class DiscordRestClientRetryTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    private readonly RestHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_get_is_retried_after_a_transient_server_error(HttpStatusCode status)
    {
        FailFirst(1, () => Answer.Json(status, "{}"), () => Answer.Json(HttpStatusCode.OK, Answer.ChannelJson));

        var channel = await _harness.AdvanceUntilAsync(_harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None), Step);

        Assert.Equal(new Snowflake(100), channel.Id);
        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_plain_post_is_never_retried_after_a_502()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(HttpStatusCode.BadGateway, "{}"));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => _harness.AdvanceUntilAsync(
            _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "once" }, null, CancellationToken.None),
            Step));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Single(_harness.Handler.Requests);
    }

    [Fact]
    public async Task A_post_with_enforce_nonce_is_retried_after_a_503()
    {
        FailFirst(1, () => Answer.Json(HttpStatusCode.ServiceUnavailable, "{}"), () => Answer.Json(HttpStatusCode.OK, Answer.MessageJson));
        var message = new MessageCreate { Content = "once", Nonce = "checkin-42", EnforceNonce = true };

        await _harness.AdvanceUntilAsync(_harness.Client.CreateMessageAsync(new Snowflake(100), message, null, CancellationToken.None), Step);

        Assert.Equal(2, _harness.Handler.Requests.Count);
        Assert.All(_harness.Handler.Requests, request => Assert.Contains("\"nonce\":\"checkin-42\"", request.BodyText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_get_is_retried_after_a_network_failure()
    {
        FailFirst(2, () => throw new HttpRequestException("connection reset"), () => Answer.Json(HttpStatusCode.OK, Answer.ChannelJson));

        await _harness.AdvanceUntilAsync(_harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None), Step);

        Assert.Equal(3, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_at_the_configured_bound()
    {
        _harness.Options.MaxRestRetries = 2;
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(HttpStatusCode.BadGateway, "{}"));

        await Assert.ThrowsAsync<DiscordRestException>(() => _harness.AdvanceUntilAsync(
            _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None), Step));

        Assert.Equal(3, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Retries_back_off_exponentially()
    {
        _harness.Options.MaxRestRetries = 3;
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(HttpStatusCode.BadGateway, "{}"));

        await Assert.ThrowsAsync<DiscordRestException>(() => _harness.AdvanceUntilAsync(
            _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None), TimeSpan.FromMilliseconds(50)));

        var at = _harness.Handler.Requests.Select(request => request.At).ToList();
        var gaps = at.Zip(at.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.Equal(3, gaps.Count);
        Assert.True(gaps[0] >= TimeSpan.FromMilliseconds(500), $"first gap {gaps[0]}");
        Assert.True(gaps[1] >= TimeSpan.FromSeconds(1), $"second gap {gaps[1]}");
        Assert.True(gaps[2] >= TimeSpan.FromSeconds(2), $"third gap {gaps[2]}");
    }

    [Fact]
    public async Task The_interaction_callback_is_never_retried_after_a_network_failure()
    {
        _harness.Handler.Respond = (_, _) => throw new HttpRequestException("connection reset");

        await Assert.ThrowsAsync<HttpRequestException>(() => _harness.AdvanceUntilAsync(
            _harness.Client.CreateInteractionResponseAsync(
                new Snowflake(5), "token", new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), null, CancellationToken.None),
            Step));

        Assert.Single(_harness.Handler.Requests);
    }

    [Fact]
    public async Task A_timed_out_get_is_retried_and_a_timed_out_post_is_not()
    {
        _harness.Options.RestRequestTimeout = TimeSpan.FromSeconds(10);
        var first = true;
        _harness.Handler.Respond = async (_, cancellationToken) =>
        {
            if (first)
            {
                first = false;
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Answer.Json(HttpStatusCode.OK, Answer.ChannelJson);
        };

        var get = _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None);
        await _harness.Handler.WaitForRequestsAsync(1);
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        await _harness.AdvanceUntilAsync(get, Step);
        Assert.Equal(2, _harness.Handler.Requests.Count);

        first = true;
        var post = _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "x" }, null, CancellationToken.None);
        await _harness.Handler.WaitForRequestsAsync(3);
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<TimeoutException>(() => post.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried()
    {
        using var cancellation = new CancellationTokenSource();
        _harness.Handler.Respond = async (_, cancellationToken) =>
        {
            await cancellation.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return Answer.Json(HttpStatusCode.OK, Answer.ChannelJson);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _harness.Client.GetChannelAsync(new Snowflake(100), cancellation.Token).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Single(_harness.Handler.Requests);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_retry_after_and_retried()
    {
        FailFirst(1, () => Answer.RateLimited(2.5), () => Answer.Json(HttpStatusCode.OK, Answer.MessageJson));

        await _harness.AdvanceUntilAsync(
            _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "x" }, null, CancellationToken.None),
            Step);

        var requests = _harness.Handler.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(2.5), $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task The_retry_after_header_counts_when_the_body_has_none()
    {
        FailFirst(
            1,
            () => Answer.Json(HttpStatusCode.TooManyRequests, "not json", ("Retry-After", "3")),
            () => Answer.Json(HttpStatusCode.OK, Answer.ChannelJson));

        await _harness.AdvanceUntilAsync(_harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None), Step);

        var requests = _harness.Handler.Requests;
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Repeated_429s_give_up_with_the_wait_discord_asked_for()
    {
        _harness.Options.MaxRateLimitRetries = 2;
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.RateLimited(1.5));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => _harness.AdvanceUntilAsync(
            _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None), Step));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1.5), error.RetryAfter);
        Assert.Equal(3, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_429_longer_than_the_longest_wait_fails_at_once()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.RateLimited(3600));

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(_harness.Handler.Requests);
    }

    private void FailFirst(int failures, Func<HttpResponseMessage> failure, Func<HttpResponseMessage> success)
    {
        var seen = 0;
        _harness.Handler.Respond = (_, _) => Task.FromResult(Interlocked.Increment(ref seen) <= failures ? failure() : success());
    }
}

using System.Net;
using Microsoft.Extensions.Logging;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class InvalidRequestCounterTests : IDisposable
{
    private readonly RestHarness _harness = new(options => options.InvalidRequestBudget = 10);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task The_client_stops_sending_at_the_invalid_request_budget_until_the_window_slides()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(HttpStatusCode.Forbidden, """{"code":50013,"message":"Missing Permissions"}"""));
        for (var index = 0; index < 10; index++)
        {
            await Assert.ThrowsAsync<DiscordRestException>(
                () => _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "x" }, null, CancellationToken.None));
        }

        var held = _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "x" }, null, CancellationToken.None);

        // Negative check: a request that is not held back reaches the fake Discord at once.
        await Assert.ThrowsAsync<TimeoutException>(() => _harness.Handler.WaitForRequestsAsync(11).WaitAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(10, _harness.Invalid.Count);
        _harness.Time.Advance(InvalidRequestCounter.Window);
        await Assert.ThrowsAsync<DiscordRestException>(() => held.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(11, _harness.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, null, 1)]
    [InlineData(HttpStatusCode.Forbidden, null, 1)]
    [InlineData(HttpStatusCode.TooManyRequests, "user", 1)]
    [InlineData(HttpStatusCode.TooManyRequests, "global", 1)]
    [InlineData(HttpStatusCode.TooManyRequests, "shared", 0)]
    [InlineData(HttpStatusCode.NotFound, null, 0)]
    [InlineData(HttpStatusCode.BadRequest, null, 0)]
    public async Task Only_401_403_and_non_shared_429_count_as_invalid(HttpStatusCode status, string? scope, int expected)
    {
        var route = DiscordRoute.Create(HttpMethod.Get, "/channels/{channel_id}", DiscordRouteKind.Bot, "1");
        using var permit = await _harness.Limiter.AcquireAsync(route, CancellationToken.None);

        permit.Complete(new RateLimitResponse { StatusCode = status, Scope = scope, RetryAfter = TimeSpan.FromSeconds(1) });

        Assert.Equal(expected, _harness.Invalid.Count);
    }

    [Fact]
    public void A_warning_is_logged_once_at_half_the_budget()
    {
        for (var index = 0; index < 7; index++)
        {
            _harness.Invalid.Record();
        }

        var warnings = _harness.Logs.Lines.Where(line => line.Level == LogLevel.Warning).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("5 invalid requests", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_requests_older_than_ten_minutes_no_longer_count()
    {
        for (var index = 0; index < 10; index++)
        {
            _harness.Invalid.Record();
            _harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(9, _harness.Invalid.Count);
        await _harness.Invalid.WaitAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }
}

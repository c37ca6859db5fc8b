using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task The_log_keeps_only_the_newest_requests_but_counts_every_invalid_one()
    {
        await using var test = await TestServer.StartAsync(o =>
        {
            o.RequestLogCapacity = 2;
            o.EnforceRateLimits = false;
        });
        var gatewayBot = new Uri("gateway/bot", UriKind.Relative);
        using (var refused = await test.Anonymous.GetAsync(gatewayBot, TestServer.Timeout))
        {
            Assert.Equal(401, (int)refused.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var answer = await test.Api.GetAsync(gatewayBot, TestServer.Timeout);
            answer.EnsureSuccessStatusCode();
        }

        var log = await test.Control.GetRequestsAsync(0, TestServer.Timeout);

        Assert.Equal([3L, 4L], log.Requests.Select(r => r.Id));
        Assert.All(log.Requests, r => Assert.Equal(200, r.Status));
        Assert.Equal(1, log.InvalidRequests);
    }

    [Fact]
    public async Task A_server_whose_log_would_keep_nothing_refuses_to_start()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => TestServer.StartAsync(o => o.RequestLogCapacity = 0));
    }
}

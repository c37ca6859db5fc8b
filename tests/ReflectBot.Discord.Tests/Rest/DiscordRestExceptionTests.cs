using System.Net;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class DiscordRestExceptionTests
{
    [Theory]
    [InlineData(HttpStatusCode.BadRequest, true)]
    [InlineData(HttpStatusCode.Forbidden, true)]
    [InlineData(HttpStatusCode.NotFound, true)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.BadGateway, false)]
    public void Only_a_4xx_other_than_a_rate_limit_is_a_refusal_worth_not_retrying(HttpStatusCode status, bool refusal)
    {
        var exception = new DiscordRestException(status, null, null, "POST", "/channels/{channel_id}/messages", null);

        Assert.Equal(refusal, exception.IsRefusal);
    }
}

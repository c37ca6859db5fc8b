using System.Net;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class DiscordRestClientErrorTests : IDisposable
{
    private const string InteractionToken = "aW50ZXJhY3Rpb246-SECRET-INTERACTION-TOKEN";

    private readonly RestHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Discord_error_body_becomes_an_exception_with_status_code_and_route_template()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(
            HttpStatusCode.Forbidden,
            """{"message":"Cannot send messages to this user","code":50007}"""));

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "hi" }, null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(DiscordErrorCode.CannotSendMessagesToUser, error.Code);
        Assert.Equal("Cannot send messages to this user", error.DiscordMessage);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/channels/{channel_id}/messages", error.RouteTemplate);
    }

    [Fact]
    public async Task Form_errors_are_kept_as_raw_json()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(
            HttpStatusCode.BadRequest,
            """{"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}}"""));

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => _harness.Client.CreateMessageAsync(new Snowflake(100), new MessageCreate { Content = "long" }, null, CancellationToken.None));

        Assert.Equal(DiscordErrorCode.InvalidFormBody, error.Code);
        Assert.Contains("BASE_TYPE_MAX_LENGTH", error.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_json_error_body_still_gives_the_status()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(HttpStatusCode.InternalServerError, "<html>oops</html>"));

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Null(error.Code);
    }

    [Fact]
    public async Task Tokens_appear_in_no_exception_text_and_no_log_line()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.Json(
            HttpStatusCode.NotFound,
            """{"message":"Unknown Webhook","code":10015}"""));

        var webhookError = await Assert.ThrowsAsync<DiscordRestException>(
            () => _harness.Client.EditOriginalInteractionResponseAsync(new Snowflake(11), InteractionToken, new MessageEdit { Content = "x" }, null, CancellationToken.None));
        var callbackError = await Assert.ThrowsAsync<DiscordRestException>(
            () => _harness.Client.CreateInteractionResponseAsync(new Snowflake(5), InteractionToken, new InteractionResponse(InteractionCallbackType.Pong), null, CancellationToken.None));
        var botError = await Assert.ThrowsAsync<DiscordRestException>(
            () => _harness.Client.GetChannelAsync(new Snowflake(100), CancellationToken.None));

        Assert.Equal("/webhooks/{webhook_id}/{interaction_token}/messages/@original", webhookError.RouteTemplate);
        var texts = new[] { webhookError, callbackError, botError }
            .SelectMany(error => new[] { error.Message, error.ToString() })
            .Concat(_harness.Logs.Lines.Select(line => line.Text))
            .Append(_harness.Options.ToString()!)
            .ToList();
        Assert.NotEmpty(_harness.Logs.Lines);
        Assert.All(texts, text => Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal));
    }

    [Fact]
    public void An_interaction_prints_without_its_token()
    {
        var interaction = new Interaction
        {
            Id = new Snowflake(1),
            ApplicationId = new Snowflake(2),
            Type = InteractionType.ApplicationCommand,
            Token = InteractionToken,
        };

        Assert.DoesNotContain("SECRET", interaction.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_prints_and_keys_without_its_token()
    {
        var route = DiscordRoute.Create(
            HttpMethod.Patch,
            "/webhooks/{webhook_id}/{interaction_token}/messages/@original",
            DiscordRouteKind.InteractionWebhook,
            "11",
            InteractionToken);

        Assert.DoesNotContain("SECRET", route.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", route.Key, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", route.MajorParameter, StringComparison.Ordinal);
    }
}

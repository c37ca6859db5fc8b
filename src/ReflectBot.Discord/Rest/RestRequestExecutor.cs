using System.Net;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Rest;

/// <summary>
/// Sends one request through the rate limiter: waits out 429s, retries 502/503/504 and network failures
/// only when repeating the request is harmless, and turns Discord's refusals into <see cref="DiscordRestException"/>.
/// </summary>
internal sealed class RestRequestExecutor(
    HttpClient httpClient,
    DiscordClientOptions options,
    IDiscordRateLimiter rateLimiter,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly Uri _baseAddress = WithTrailingSlash(options.ApiBaseAddress);
    private readonly string _userAgent = $"DiscordBot ({options.UserAgentUrl}, {typeof(RestRequestExecutor).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    public async Task<byte[]> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        var route = request.Route;
        var failures = 0;
        var rateLimits = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attempt = await SendOnceAsync(request, cancellationToken);
            if (attempt.Failure is { } failure)
            {
                if (request.IsSafeToRepeat && failures < options.MaxRestRetries)
                {
                    failures++;
                    await WaitBeforeRetryAsync(route, failure.GetType().Name, failures, cancellationToken);
                    continue;
                }

                ExceptionDispatchInfo.Throw(failure);
            }

            var status = (int)attempt.StatusCode;
            logger.Answered(route.Method.Method, route.Template, status);
            if (status is >= 200 and < 300)
            {
                return attempt.Body;
            }

            if (attempt.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var limits = attempt.RateLimit!;
                var retryAfter = limits.RetryAfter ?? limits.ResetAfter ?? TimeSpan.FromSeconds(1);
                if (rateLimits < options.MaxRateLimitRetries && retryAfter <= options.MaxRateLimitWait)
                {
                    rateLimits++;
                    logger.RateLimited(route.Method.Method, route.Template, limits.IsGlobal, limits.Scope, retryAfter);
                    await Task.Delay(retryAfter + options.RateLimitMargin, timeProvider, cancellationToken);
                    continue;
                }

                throw CreateException(route, attempt, retryAfter);
            }

            if (RetryBackoff.IsTransient(status) && request.IsSafeToRepeat && failures < options.MaxRestRetries)
            {
                failures++;
                await WaitBeforeRetryAsync(route, $"HTTP {status}", failures, cancellationToken);
                continue;
            }

            throw CreateException(route, attempt, null);
        }
    }

    private async Task<Attempt> SendOnceAsync(RestRequest request, CancellationToken cancellationToken)
    {
        using var permit = await rateLimiter.AcquireAsync(request.Route, cancellationToken);
        using var timeout = new CancellationTokenSource(options.RestRequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var message = CreateMessage(request);
            using var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            var rateLimitedBody = response.StatusCode == HttpStatusCode.TooManyRequests
                ? TryRead(body, DiscordJsonContext.Default.RateLimitedBody)
                : null;
            var limits = RateLimitResponse.FromHeaders(
                response.StatusCode,
                response.Headers,
                rateLimitedBody?.RetryAfter,
                rateLimitedBody?.Global ?? false);
            permit.Complete(limits);
            return new Attempt(response.StatusCode, body, limits, null);
        }
        catch (HttpRequestException exception)
        {
            return new Attempt(default, [], null, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = new TimeoutException($"{request.Route} got no answer within {options.RestRequestTimeout}.", exception);
            return new Attempt(default, [], null, timedOut);
        }
    }

    private HttpRequestMessage CreateMessage(RestRequest request)
    {
        var route = request.Route;
        var message = new HttpRequestMessage(route.Method, new Uri(_baseAddress, route.Path));
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (route.UsesBotToken)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        }

        message.Content = RequestContent.Create(request);
        return message;
    }

    private async Task WaitBeforeRetryAsync(DiscordRoute route, string reason, int failure, CancellationToken cancellationToken)
    {
        var delay = RetryBackoff.For(failure);
        logger.Retrying(route.Method.Method, route.Template, reason, failure, delay);
        await Task.Delay(delay, timeProvider, cancellationToken);
    }

    private static DiscordRestException CreateException(DiscordRoute route, Attempt attempt, TimeSpan? retryAfter)
    {
        var error = TryRead(attempt.Body, DiscordJsonContext.Default.DiscordError);
        return new DiscordRestException(
            attempt.StatusCode,
            error?.Code,
            error?.Message,
            route.Method.Method,
            route.Template,
            error?.Errors?.GetRawText(),
            retryAfter);
    }

    private static T? TryRead<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (JsonException)
        {
            // Proxies in front of Discord answer errors in HTML; the status code still tells what happened.
            return null;
        }
    }

    private static Uri WithTrailingSlash(Uri address)
        => address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");

    private sealed record Attempt(HttpStatusCode StatusCode, byte[] Body, RateLimitResponse? RateLimit, Exception? Failure);
}

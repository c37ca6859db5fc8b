using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace ReflectBot.Discord.Tests.Rest;

/// <summary>A request as the fake Discord saw it, stamped with the fake clock.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    byte[] Body,
    DateTimeOffset At)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>Plays Discord: records every request and answers through a replaceable responder.</summary>
public sealed class FakeDiscordHandler(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; }
        = (_, _) => Task.FromResult(Answer.Json(HttpStatusCode.OK, Answer.MessageJson));

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> requests have arrived; fails after a real-time bound.</summary>
    public Task WaitForRequestsAsync(int count)
    {
        lock (_lock)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        // Raw values: parsed ones would split "DiscordBot (url, version)" into product tokens.
        var headers = request.Headers.NonValidated.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!.AbsolutePath,
            headers,
            request.Content?.Headers.ContentType?.ToString(),
            body,
            time.GetUtcNow());
        lock (_lock)
        {
            _requests.Add(recorded);
            foreach (var waiter in _waiters.Where(waiter => _requests.Count >= waiter.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return await Respond(recorded, cancellationToken);
    }
}

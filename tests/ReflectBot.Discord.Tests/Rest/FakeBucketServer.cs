using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace ReflectBot.Discord.Tests.Rest;

/// <summary>
/// Discord's side of one bucket per major parameter: a window opens with the first request after the last one
/// closed; going past the limit inside a window earns a 429 and is remembered as a violation.
/// </summary>
public sealed class FakeBucketServer(FakeTimeProvider time, string bucket, int limit, TimeSpan window)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTimeOffset End, int Count)> _windows = [];
    private readonly List<(string Major, DateTimeOffset WindowStart)> _served = [];
    private readonly List<string> _arrivals = [];

    public int Violations { get; private set; }

    /// <summary>Every request as the server saw it: when, which window, its count there; for a failure's message.</summary>
    public string Arrivals
    {
        get
        {
            lock (_lock)
            {
                return string.Join('\n', _arrivals);
            }
        }
    }

    /// <summary>Requests per (major parameter, window start).</summary>
    public IReadOnlyDictionary<(string Major, DateTimeOffset WindowStart), int> PerWindow
    {
        get
        {
            lock (_lock)
            {
                return _served.GroupBy(entry => entry).ToDictionary(group => group.Key, group => group.Count());
            }
        }
    }

    public Task<HttpResponseMessage> RespondAsync(RecordedRequest request, string major, string json)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var (end, count) = _windows.TryGetValue(major, out var current) && now < current.End ? current : (now + window, 0);
            count++;
            _windows[major] = (end, count);
            _served.Add((major, end - window));
            _arrivals.Add(string.Create(CultureInfo.InvariantCulture, $"{now:HH:mm:ss.fff} {major}: {count} in the window from {end - window:HH:mm:ss.fff}"));
            if (count > limit)
            {
                Violations++;
                return Task.FromResult(Answer.RateLimited((end - now).TotalSeconds, extraHeaders: [.. Answer.Bucket(bucket, limit, 0, (end - now).TotalSeconds)]));
            }

            return Task.FromResult(Answer.Json(HttpStatusCode.OK, json, Answer.Bucket(bucket, limit, limit - count, (end - now).TotalSeconds)));
        }
    }
}

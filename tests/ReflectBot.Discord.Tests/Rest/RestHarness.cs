using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Discord.Rest;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Tests.Rest;

/// <summary>A REST client wired to a fake Discord and a fake clock, with the real rate limiter.</summary>
public sealed class RestHarness : IDisposable
{
    public const string BotToken = "MTA.bot-token-SECRET.xyz";

    public RestHarness(Action<DiscordClientOptions>? configure = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        Options = new DiscordClientOptions
        {
            Token = BotToken,
            ApiBaseAddress = new Uri("https://discord.test/api/v10/"),
            // Tests move fake time in big steps; a short attempt timeout would fire while a request is merely queued.
            RestRequestTimeout = TimeSpan.FromDays(1),
        };
        configure?.Invoke(Options);
        Logs = new CapturingLoggerProvider();
        Handler = new FakeDiscordHandler(Time);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Invalid = new InvalidRequestCounter(options, Time, Logs.CreateLogger<InvalidRequestCounter>());
        Buckets = new BucketRateLimiter(Time, NullLogger<BucketRateLimiter>.Instance);
        Global = new GlobalRateLimiter(options, Time);
        Limiter = new DiscordRateLimiter(Buckets, Global, Invalid, Time);
        Http = new HttpClient(Handler);
        Client = new DiscordRestClient(Http, options, Limiter, Time, Logs.CreateLogger<DiscordRestClient>());
    }

    public FakeTimeProvider Time { get; }
    public DiscordClientOptions Options { get; }
    public CapturingLoggerProvider Logs { get; }
    public FakeDiscordHandler Handler { get; }
    public InvalidRequestCounter Invalid { get; }
    public BucketRateLimiter Buckets { get; }
    public GlobalRateLimiter Global { get; }
    public DiscordRateLimiter Limiter { get; }
    public HttpClient Http { get; }
    public DiscordRestClient Client { get; }

    /// <summary>
    /// Moves fake time forward in steps until <paramref name="task"/> completes. Correctness never depends on how
    /// far time runs ahead, because the fake Discord stamps what it sees with the same clock; a real-time bound
    /// turns a hang into a failure.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step)
    {
        await AdvanceUntilAsync((Task)task, step);
        return await task;
    }

    public async Task AdvanceUntilAsync(Task task, TimeSpan step)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!task.IsCompleted)
        {
            if (bound.IsCancellationRequested)
            {
                throw new TimeoutException("The task did not finish while fake time advanced.");
            }

            Time.Advance(step);
            await Task.Yield();
        }

        await task;
    }

    public void Dispose()
    {
        Http.Dispose();
        Handler.Dispose();
    }
}

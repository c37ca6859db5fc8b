using System.Collections.Concurrent;
using System.Globalization;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.Workloads.Measuring;

namespace ReflectBot.Workloads.Quiz;

/// <summary>
/// Drives the quiz open-loop: interactions go out at the target rate whatever the bot's latency, each from the next
/// idle simulated person. Latency is the local Discord's own measure, from the dispatch leaving it to the callback
/// arriving there, so the driver's overhead is not counted.
/// </summary>
public static class QuizLoad
{
    private static readonly TimeSpan PacingTick = TimeSpan.FromMilliseconds(1);

    public static async Task<QuizLoadReport> RunAsync(LocalDiscordControlClient control, QuizLoadOptions options,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.InteractionsPerSecond);
        ArgumentOutOfRangeException.ThrowIfZero(options.UserIds.Count);
        var random = new Random(options.Seed);
        var idle = new ConcurrentQueue<QuizPerson>(options.UserIds.Select(id => new QuizPerson(id, options.ChannelId, new Random(random.Next()))));
        var before = await control.GetInteractionSummaryAsync(cancellationToken);
        var started = timeProvider.GetTimestamp();
        var run = new Run(control, options, timeProvider, started);
        var inFlight = new List<Task>();
        var sent = 0;
        var starved = 0;
        while (true)
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            if (elapsed >= options.Duration)
            {
                break;
            }

            var due = (int)(elapsed.TotalSeconds * options.InteractionsPerSecond) + 1;
            for (; sent < due; sent++)
            {
                if (idle.TryDequeue(out var person))
                {
                    inFlight.Add(run.StepAsync(person, idle, cancellationToken));
                }
                else
                {
                    starved++;
                }
            }

            await Task.Delay(PacingTick, timeProvider, cancellationToken);
        }

        var sendingTook = timeProvider.GetElapsedTime(started);
        await Task.WhenAll(inFlight);
        var after = await control.GetInteractionSummaryAsync(cancellationToken);
        var problems = run.Problems.ToList();
        if (starved > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{starved} interactions were not sent: every simulated person was still waiting for an answer."));
        }

        return new QuizLoadReport(
            Sent: run.Sent,
            Answered: run.Answered,
            Late: run.Late,
            Unanswered: run.Unanswered,
            LostToRateLimits: run.LostToRateLimits,
            AnsweredTwice: after.RefusedCallbacks - before.RefusedCallbacks,
            QuizzesCompleted: run.Completed,
            AchievedPerSecond: run.Sent / sendingTook.TotalSeconds,
            Elapsed: sendingTook,
            Latency: LatencySummary.From(run.Latencies.Select(l => l.Latency)),
            PerSecond: [.. run.Latencies.GroupBy(l => (int)l.SentAt.TotalSeconds).OrderBy(g => g.Key)
                .Select(g => new SecondOfLoad(g.Key, LatencySummary.From(g.Select(l => l.Latency))))],
            Problems: problems);
    }

    /// <summary>The counters of one run, shared by the people's steps.</summary>
    private sealed class Run(LocalDiscordControlClient control, QuizLoadOptions options, TimeProvider timeProvider, long started)
    {
        private int _sent;
        private int _answered;
        private int _late;
        private int _unanswered;
        private int _completed;
        private int _lostToRateLimits;

        /// <summary>Each answer's latency, with when (since the run started) its interaction went out.</summary>
        public ConcurrentBag<(TimeSpan SentAt, TimeSpan Latency)> Latencies { get; } = [];

        public ConcurrentQueue<string> Problems { get; } = new();

        public int Sent => _sent;

        public int Answered => _answered;

        public int Late => _late;

        public int Unanswered => _unanswered;

        public int Completed => _completed;

        public int LostToRateLimits => _lostToRateLimits;

        public async Task StepAsync(QuizPerson person, ConcurrentQueue<QuizPerson> idle, CancellationToken cancellationToken)
        {
            var request = person.NextInteraction();
            try
            {
                var injected = await control.InjectInteractionAsync(request, cancellationToken);
                Interlocked.Increment(ref _sent);
                var injectedAt = timeProvider.GetTimestamp();
                InteractionState answer;
                try
                {
                    answer = await control.WaitForInitialResponseAsync(injected.Id, options.GiveUpAfter, cancellationToken);
                }
                catch (TimeoutException)
                {
                    Interlocked.Increment(ref _unanswered);
                    var state = await control.GetInteractionAsync(injected.Id, cancellationToken);
                    Problems.Enqueue($"interaction {injected.Id} ({Kind(request)}) by {person.UserId}: no answer within {options.GiveUpAfter.TotalSeconds:0} s{RateLimited(state)}");
                    person.Reset();
                    return;
                }

                Interlocked.Increment(ref _answered);
                var latency = answer.DispatchToResponse ?? timeProvider.GetElapsedTime(injectedAt);
                Latencies.Add((timeProvider.GetElapsedTime(started, injectedAt), latency));
                if (!answer.AnsweredInTime || latency > options.LateAfter)
                {
                    Interlocked.Increment(ref _late);
                    Problems.Enqueue(string.Create(CultureInfo.InvariantCulture,
                        $"interaction {injected.Id} ({Kind(request)}) by {person.UserId}: answered after {latency.TotalMilliseconds:F0} ms{RateLimited(answer)}"));
                }

                if (person.Observe(request, answer))
                {
                    Interlocked.Increment(ref _completed);
                }
            }
            catch (LocalDiscordControlException exception)
            {
                Problems.Enqueue($"interaction ({Kind(request)}) by {person.UserId} could not be injected: {exception.Message}");
                person.Reset();
            }
            finally
            {
                idle.Enqueue(person);
            }
        }

        /// <summary>Counts a miss as lost to the storm when its callback was refused often enough; says how often it was.</summary>
        private string RateLimited(InteractionState state)
        {
            if (state.RateLimitedCallbacks == 0)
            {
                return "";
            }

            var lost = state.RateLimitedCallbacks >= options.LostToRateLimitsAfter;
            if (lost)
            {
                Interlocked.Increment(ref _lostToRateLimits);
            }

            return string.Create(CultureInfo.InvariantCulture,
                $" ({state.RateLimitedCallbacks} callback attempts answered 429{(lost ? ": lost to the storm" : "")})");
        }

        private static string Kind(InjectInteractionRequest request) => request.Type == 2 ? "/quiz start" : "click";
    }
}

namespace ReflectBot.LocalDiscord.State;

/// <summary>What a storm does to one request.</summary>
internal enum StormHit
{
    None,
    Route,
    Global,
}

/// <summary>A storm's settings: the share of requests refused, the share of those that are global, the wait asked for, and when it ends.</summary>
internal sealed record RestStormSettings(double Ratio, double GlobalShare, TimeSpan RetryAfter, DateTimeOffset Until, int Seed);

/// <summary>
/// A 429 storm: while it lasts, a seeded random share of API requests is answered 429. Draws are repeatable for a
/// seed and the order requests arrive in.
/// </summary>
internal sealed class RestStorm
{
    private readonly Lock _lock = new();
    private RestStormSettings? _settings;
    private Random _random = new(0);
    private int _injectedRoute;
    private int _injectedGlobal;

    public TimeSpan RetryAfter
    {
        get { lock (_lock) { return _settings?.RetryAfter ?? TimeSpan.Zero; } }
    }

    public void Start(RestStormSettings settings)
    {
        lock (_lock)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
        }
    }

    public void End()
    {
        lock (_lock)
        {
            _settings = null;
        }
    }

    public bool IsActive(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _settings is { } settings && now < settings.Until;
        }
    }

    /// <summary>Whether this request is refused; only routes that count globally can get a global 429.</summary>
    public StormHit Draw(DateTimeOffset now, bool countsGlobally)
    {
        lock (_lock)
        {
            if (_settings is not { } settings || now >= settings.Until || _random.NextDouble() >= settings.Ratio)
            {
                return StormHit.None;
            }

            if (countsGlobally && _random.NextDouble() < settings.GlobalShare)
            {
                _injectedGlobal++;
                return StormHit.Global;
            }

            _injectedRoute++;
            return StormHit.Route;
        }
    }

    public (int Route, int Global) Injected()
    {
        lock (_lock)
        {
            return (_injectedRoute, _injectedGlobal);
        }
    }
}

using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Gateway;

/// <summary>Keeps one Discord gateway session alive and hands every dispatch to a bounded channel.</summary>
public sealed class GatewayClient
{
    private readonly DiscordClientOptions _options;
    private readonly GatewayOptions _gatewayOptions;
    private readonly IGatewayUrlProvider _urlProvider;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GatewayClient> _logger;
    private readonly Channel<GatewayDispatch> _dispatches;
    private readonly GatewaySessionState _session = new();
    private Uri? _gatewayUrl;
    private int _started;

    public GatewayClient(
        IOptions<DiscordClientOptions> options,
        IOptions<GatewayOptions> gatewayOptions,
        IGatewayUrlProvider urlProvider,
        TimeProvider timeProvider,
        ILogger<GatewayClient> logger)
    {
        _options = options.Value;
        _gatewayOptions = gatewayOptions.Value;
        _gatewayOptions.Validate();
        _urlProvider = urlProvider;
        _timeProvider = timeProvider;
        _logger = logger;
        _dispatches = System.Threading.Channels.Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(_options.DispatchQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = true,
        });
    }

    /// <summary>Every dispatch in order, READY and RESUMED included, each once. Completed when RunAsync ends.</summary>
    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    /// <summary>The bot's application id, known once READY arrived.</summary>
    public Snowflake? ApplicationId => _session.ApplicationId;

    /// <summary>A snapshot of connection and session state.</summary>
    public GatewayStatus Status => _session.Snapshot();

    /// <summary>Uniform in [0,1); a seam for tests that need fixed jitter.</summary>
    internal Func<double> Random { get; set; } = System.Random.Shared.NextDouble;

    /// <summary>
    /// Connects and reconnects until <paramref name="cancellationToken"/> is cancelled (then closes with 1000 and
    /// returns) or Discord closes with a fatal code (then throws <see cref="GatewayFatalCloseException"/>).
    /// Call it once per client.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            // The channel completes when a run ends, so a second run could never deliver anything.
            throw new InvalidOperationException("GatewayClient.RunAsync may be called only once.");
        }

        var backoff = new GatewayReconnectBackoff(_gatewayOptions.InitialReconnectDelay, _gatewayOptions.MaxReconnectDelay, Random);
        try
        {
            while (true)
            {
                var outcome = await RunOneConnectionAsync(cancellationToken);
                var delay = backoff.NextDelay(outcome.WasHealthy);
                if (outcome.MinimumDelay > delay)
                {
                    delay = outcome.MinimumDelay;
                }

                GatewayLog.Reconnecting(_logger, (long)delay.TotalMilliseconds, outcome.Reason);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _timeProvider, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Graceful shutdown: the connection already closed with 1000.
        }
        finally
        {
            _dispatches.Writer.TryComplete();
        }
    }

    private async Task<GatewayConnectionOutcome> RunOneConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var resume = _session.ResumeTarget;
            var baseUrl = resume?.ResumeUrl ?? await GetGatewayUrlAsync(cancellationToken);
            var connectionNumber = _session.CountConnection();
            var uri = GatewayUri.WithGatewayQuery(baseUrl);
            GatewayLog.Connecting(_logger, uri.Host, connectionNumber, resume is null ? "identify" : "resume");

            await using var connection = new GatewayConnection(CreateContext());
            return await connection.RunAsync(uri, resume is not null, cancellationToken);
        }
        catch (Exception ex) when (ex is not GatewayFatalCloseException
            && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            GatewayLog.ConnectFailed(_logger, ex);
            return new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "connection failed");
        }
    }

    private async Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken)
        => _gatewayUrl ??= await _urlProvider.GetGatewayUrlAsync(cancellationToken);

    private GatewayConnectionContext CreateContext() => new()
    {
        ClientOptions = _options,
        GatewayOptions = _gatewayOptions,
        Session = _session,
        Dispatches = _dispatches.Writer,
        TimeProvider = _timeProvider,
        Random = Random,
        Logger = _logger,
    };
}

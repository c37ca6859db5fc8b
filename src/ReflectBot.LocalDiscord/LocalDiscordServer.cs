using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Gateway;
using ReflectBot.LocalDiscord.Hosting;
using ReflectBot.LocalDiscord.Playground;
using ReflectBot.LocalDiscord.Rest;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord;

/// <summary>A Discord-compatible server on loopback: REST under /api/v10, the gateway, a control API and the playground page.</summary>
public sealed class LocalDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServerState _state;
    private int _stopped;

    private LocalDiscordServer(WebApplication app, ServerState state, Uri baseAddress)
    {
        _app = app;
        _state = state;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public Uri ApiBaseAddress => new(BaseAddress, "api/v10/");
    public Uri GatewayAddress => _state.GatewayAddress;
    public Uri ControlAddress => new(BaseAddress, "_local/");
    public string BotToken => _state.Options.BotToken;
    public LocalWorld World => _state.World;

    public static async Task<LocalDiscordServer> StartAsync(LocalDiscordOptions options, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        loggerFactory ??= NullLoggerFactory.Instance;
        var state = new ServerState(options, loggerFactory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LocalDiscordServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The embedding process's appsettings, environment and command line are not ours to read.
        builder.Configuration.Sources.Clear();
        // ASP.NET Core's own request logs carry paths, and paths carry interaction tokens:
        // only this server's token-free messages reach the caller's logger factory.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.Host), options.Port));

        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.UseRouting();
        app.UseMiddleware<RestPipeline>(state);
        app.MapGet("/_local/", () => Microsoft.AspNetCore.Http.Results.Json(new
        {
            name = "ReflectBot local Discord",
            description = "A Discord API v10 compatible server on loopback for tests and local mode.",
            api = "/api/v10/",
            gateway = "/gateway",
            control = "/_local/",
            playground = "/",
        }));
        PlaygroundRoutes.Map(app);
        GatewayEndpoint.Map(app, state);
        RestRoutes.Map(app, state);
        ControlRoutes.Map(app, state);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        var baseAddress = new Uri($"http://{options.Host}:{port}/");
        state.GatewayAddress = new Uri($"ws://{options.Host}:{port}/gateway");
        state.BaseAddress = baseAddress;
        Log.Listening(state.Logger, baseAddress);
        return new LocalDiscordServer(app, state, baseAddress);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        // Websockets never end on their own; drop them so the host does not wait out its shutdown timeout.
        foreach (var connection in _state.Sessions.LiveConnections)
        {
            connection.Abort();
        }

        await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

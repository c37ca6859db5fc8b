using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Tests.Gateway;

/// <summary>A websocket server on a free loopback port; each test scripts what it sends and reads what the client sent.</summary>
public sealed class ScriptedGatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ScriptedGatewayConnection> _connections = Channel.CreateUnbounded<ScriptedGatewayConnection>();
    private int _connectionCount;

    private ScriptedGatewayServer(WebApplication app) => _app = app;

    /// <summary>ws://127.0.0.1:port (no path): the test adds "/gateway", "/resume"… to tell connections apart.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public Uri GatewayUrl => new(BaseUrl, "/gateway");

    public Uri ResumeUrl => new(BaseUrl, "/resume");

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public static async Task<ScriptedGatewayServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ScriptedGatewayServer(app);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal));
        return server;
    }

    public Task<ScriptedGatewayConnection> NextConnectionAsync()
        => _connections.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Wait);

    /// <summary>True when no further connection arrives within a short quiet period.</summary>
    public async Task<bool> NoFurtherConnectionAsync()
    {
        using var quiet = new CancellationTokenSource(TestTimeouts.Quiet);
        try
        {
            await _connections.Reader.WaitToReadAsync(quiet.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).WaitAsync(TestTimeouts.Wait);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new ScriptedGatewayConnection(socket, context.Request.Path, context.Request.QueryString.Value ?? "", context.Abort);
        Interlocked.Increment(ref _connectionCount);
        _connections.Writer.TryWrite(connection);
        await connection.ReceiveUntilClosedAsync(context.RequestAborted);
    }
}

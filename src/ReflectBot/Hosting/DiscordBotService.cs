using System.Text.Json;
using ReflectBot.Discord.Gateway;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Servers;

namespace ReflectBot.Hosting;

/// <summary>
/// The bot's connection to Discord: keeps the gateway session alive, registers commands on the
/// first READY, and hands interactions to the dispatcher. A fatal gateway close (a bad token, say)
/// stops the host with one clear log line instead of a reconnect loop.
/// </summary>
public sealed partial class DiscordBotService(
    GatewayClient gateway,
    CommandRegistrar registrar,
    InteractionDispatcher dispatcher,
    ServerDeparture departure,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    private readonly long _startedAt = timeProvider.GetTimestamp();
    private Task _registration = Task.CompletedTask;
    private bool _commandsRegistered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var session = gateway.RunAsync(stoppingToken);
        try
        {
            await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(stoppingToken))
            {
                await OnDispatchAsync(dispatch, stoppingToken);
            }

            await session;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await session.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        catch (GatewayFatalCloseException exception)
        {
            LogFatalClose(exception.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.DrainAsync(cancellationToken);
        await _registration.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private async Task OnDispatchAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        switch (dispatch.EventName)
        {
            case "READY":
                OnReady(cancellationToken);
                await ReconcileServersAsync(dispatch.Data, cancellationToken);
                break;
            case "INTERACTION_CREATE":
                var receivedAt = timeProvider.GetTimestamp();
                if (TryReadInteraction(dispatch.Data) is { } interaction)
                {
                    await dispatcher.EnqueueAsync(interaction, receivedAt, cancellationToken);
                }

                break;
            case "GUILD_DELETE":
                if (TryReadGuild(dispatch.Data) is { } guild)
                {
                    await OnGuildDeleteAsync(guild, cancellationToken);
                }

                break;
        }
    }

    private async Task OnGuildDeleteAsync(UnavailableGuild guild, CancellationToken cancellationToken)
    {
        try
        {
            await departure.HandleAsync(guild, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The gateway loop must keep going; the server's settings stay until it is removed again.
            LogGuildDeleteFailed(exception, guild.Id.Value);
        }
    }

    // Only a READY that really lists guilds is compared: a missing or unreadable list never forgets anything.
    private async Task ReconcileServersAsync(JsonElement data, CancellationToken cancellationToken)
    {
        try
        {
            if (data.Deserialize(DiscordJsonContext.Default.ReadyGuilds)?.Guilds is { } listed)
            {
                await departure.ReconcileAsync(listed, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReconcileFailed(exception);
        }
    }

    private UnavailableGuild? TryReadGuild(JsonElement data)
    {
        try
        {
            return data.Deserialize(DiscordJsonContext.Default.UnavailableGuild);
        }
        catch (JsonException exception)
        {
            LogMalformedGuildDelete(exception.Message);
            return null;
        }
    }

    private void OnReady(CancellationToken cancellationToken)
    {
        var sinceStart = timeProvider.GetElapsedTime(_startedAt);
        LogReady(sinceStart);
        if (_commandsRegistered || !_registration.IsCompleted || gateway.ApplicationId is not { } applicationId)
        {
            return;
        }

        // Registration may wait out rate limits; interactions keep flowing meanwhile.
        _registration = RegisterCommandsAsync(applicationId, cancellationToken);
    }

    private async Task RegisterCommandsAsync(Snowflake applicationId, CancellationToken cancellationToken)
    {
        try
        {
            await registrar.RegisterAsync(applicationId, cancellationToken);
            _commandsRegistered = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The commands registered before still work; the next READY tries again.
            LogRegistrationFailed(exception);
        }
    }

    private Interaction? TryReadInteraction(JsonElement data)
    {
        try
        {
            var interaction = data.Deserialize(DiscordJsonContext.Default.Interaction);
            if (interaction is { Token.Length: > 0 })
            {
                return interaction;
            }

            LogMalformedInteraction("no token");
        }
        catch (JsonException exception)
        {
            LogMalformedInteraction(exception.Message);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway READY {SinceStart} after start")]
    private partial void LogReady(TimeSpan sinceStart);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not register the slash commands; the next READY tries again")]
    private partial void LogRegistrationFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not compare READY's servers with the stored ones; nothing was forgotten")]
    private partial void LogReconcileFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a malformed GUILD_DELETE: {Reason}")]
    private partial void LogMalformedGuildDelete(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not forget server {GuildId} after it removed the bot")]
    private partial void LogGuildDeleteFailed(Exception exception, ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a malformed interaction: {Reason}")]
    private partial void LogMalformedInteraction(string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord closed the gateway for good: {Reason} The bot is stopping.")]
    private partial void LogFatalClose(string reason);
}

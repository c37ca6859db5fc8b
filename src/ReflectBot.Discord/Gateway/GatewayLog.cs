using Microsoft.Extensions.Logging;
using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Gateway;

/// <summary>The gateway's log messages. None carries the token or anything a user wrote.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Gateway connecting to {Host} (connection {Connection}, {Mode})")]
    public static partial void Connecting(ILogger logger, string host, int connection, string mode);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Gateway connected; heartbeat every {IntervalMs} ms")]
    public static partial void Connected(ILogger logger, double intervalMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Gateway identified: session ready for application {ApplicationId}")]
    public static partial void Identified(ILogger logger, Snowflake? applicationId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Gateway session resumed after sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, long? sequence);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Gateway connection is a zombie: no heartbeat ACK within {IntervalMs} ms; closing to resume")]
    public static partial void ZombieDetected(ILogger logger, double intervalMs);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Gateway reconnecting in {DelayMs} ms ({Reason})")]
    public static partial void Reconnecting(ILogger logger, long delayMs, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Critical, Message = "Gateway closed with fatal code {CloseCode}: {Reason}")]
    public static partial void FatalClose(ILogger logger, int closeCode, string reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Gateway frame dropped: {Reason}")]
    public static partial void MalformedFrame(ILogger logger, string reason);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Debug, Message = "Gateway opcode {Op} ignored")]
    public static partial void UnknownOpcode(ILogger logger, int op);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Debug, Message = "Gateway dispatch {Sequence} already delivered; dropped")]
    public static partial void DuplicateDispatch(ILogger logger, long sequence);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Gateway connection lost ({ErrorType})")]
    public static partial void ConnectionLost(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Gateway closed by Discord with {CloseCode} {Description}")]
    public static partial void ServerClosed(ILogger logger, int? closeCode, string? description);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Gateway asked for a reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Gateway session invalidated (op 9); resumable: {Resumable}")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "Gateway connection attempt failed")]
    public static partial void ConnectFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Information, Message = "Gateway closed for shutdown")]
    public static partial void ClosedForShutdown(ILogger logger);
}

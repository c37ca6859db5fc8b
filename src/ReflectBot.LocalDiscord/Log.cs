using Microsoft.Extensions.Logging;

namespace ReflectBot.LocalDiscord;

/// <summary>Log messages; none carries a token or anything a user wrote.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Local Discord listening on {BaseAddress}")]
    public static partial void Listening(ILogger logger, Uri baseAddress);

    [LoggerMessage(2, LogLevel.Debug, "Gateway connection {Connection} opened")]
    public static partial void ConnectionOpened(ILogger logger, int connection);

    [LoggerMessage(3, LogLevel.Debug, "Gateway connection {Connection} closed with {Code} by {Side}")]
    public static partial void ConnectionClosed(ILogger logger, int connection, int? code, string side);

    [LoggerMessage(4, LogLevel.Debug, "Gateway session {SessionId} identified")]
    public static partial void Identified(ILogger logger, string sessionId);

    [LoggerMessage(5, LogLevel.Debug, "Gateway session {SessionId} resumed from sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, string sessionId, int sequence);

    [LoggerMessage(6, LogLevel.Debug, "Gateway connection {Connection} failed")]
    public static partial void ConnectionFailed(ILogger logger, int connection, Exception exception);

    [LoggerMessage(7, LogLevel.Debug, "{Method} {Route} answered {Status}")]
    public static partial void RestRequest(ILogger logger, string method, string route, int status);

    [LoggerMessage(8, LogLevel.Error, "Unhandled error on {Method} {Route}")]
    public static partial void RestFailed(ILogger logger, string method, string route, Exception exception);
}

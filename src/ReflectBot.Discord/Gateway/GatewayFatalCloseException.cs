namespace ReflectBot.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that reconnecting cannot fix (bad token, bad intents…).</summary>
public sealed class GatewayFatalCloseException : Exception
{
    public GatewayFatalCloseException()
    {
    }

    public GatewayFatalCloseException(string message)
        : base(message)
    {
    }

    public GatewayFatalCloseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalCloseException(int closeCode, string message)
        : base(message)
    {
        CloseCode = closeCode;
    }

    /// <summary>The websocket close code Discord sent.</summary>
    public int CloseCode { get; }
}

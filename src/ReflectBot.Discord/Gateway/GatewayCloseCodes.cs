using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Gateway;

/// <summary>What each gateway close code means for the next connection.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The code this client closes with when it means to resume: anything but 1000/1001 keeps the session.</summary>
    public const int Reconnecting = 4000;

    public const int NormalClosure = 1000;

    /// <summary>Returns a human reason when the code must stop the bot instead of reconnecting.</summary>
    public static string? FatalReason(int code) => code switch
    {
        4004 => "Discord rejected the bot token (4004 Authentication failed). Check Discord:Token.",
        4010 => "Discord rejected the shard sent with Identify (4010 Invalid shard).",
        4011 => "Discord requires this bot to shard its gateway connection (4011 Sharding required).",
        4012 => "Discord does not accept the gateway API version this client speaks (4012 Invalid API version).",
        4013 => "Discord rejected the gateway intents (4013 Invalid intents). Check Discord:Intents.",
        4014 => "Discord refused a privileged intent the bot is not allowed (4014 Disallowed intents). "
            + "Enable it in the developer portal or remove it from Discord:Intents.",
        _ => null,
    };

    /// <summary>True when the session is gone and the next connection must Identify afresh.</summary>
    public static bool RequiresNewSession(int code) => code is 4007 or 4009;

    /// <summary>
    /// Decides what follows a close Discord started: throws for fatal codes, forgets the session for
    /// 4007/4009, resumes otherwise (a close without a code included).
    /// </summary>
    public static GatewayConnectionOutcome OutcomeOfServerClose(int? code, GatewaySessionState session, ILogger logger)
    {
        if (code is { } fatalCode && FatalReason(fatalCode) is { } reason)
        {
            GatewayLog.FatalClose(logger, fatalCode, reason);
            throw new GatewayFatalCloseException(fatalCode, reason);
        }

        if (code is { } sessionCode && RequiresNewSession(sessionCode))
        {
            session.ClearSession();
            return new GatewayConnectionOutcome(GatewayReconnectMode.Identify, $"closed with {sessionCode}");
        }

        return new GatewayConnectionOutcome(GatewayReconnectMode.Resume, $"closed with {code}");
    }
}

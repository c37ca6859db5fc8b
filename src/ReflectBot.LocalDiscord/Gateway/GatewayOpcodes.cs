namespace ReflectBot.LocalDiscord.Gateway;

internal static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int PresenceUpdate = 3;
    public const int VoiceStateUpdate = 4;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int RequestGuildMembers = 8;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
    public const int RequestSoundboardSounds = 31;
}

internal static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
}

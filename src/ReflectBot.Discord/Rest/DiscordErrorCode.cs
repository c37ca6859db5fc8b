namespace ReflectBot.Discord.Rest;

/// <summary>The JSON error codes the bot reacts to.</summary>
public static class DiscordErrorCode
{
    public const int UnknownChannel = 10003;
    public const int UnknownGuild = 10004;
    public const int UnknownMessage = 10008;
    public const int UnknownUser = 10013;
    public const int UnknownInteraction = 10062;
    public const int ChannelWriteRateLimit = 20028;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int EmptyMessage = 50006;
    public const int CannotSendMessagesToUser = 50007;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;
}

namespace ReflectBot.Data.Checkins;

/// <summary>The states a check-in subscription can be in, as stored.</summary>
public static class CheckinStatus
{
    /// <summary>Check-ins are sent every day.</summary>
    public const string Active = "active";

    /// <summary>Check-ins rest until a chosen local date, then run again.</summary>
    public const string Paused = "paused";

    /// <summary>The person stopped check-ins; nothing is sent until they start again.</summary>
    public const string Stopped = "stopped";

    /// <summary>Too many DMs in a row could not be delivered; nothing is sent until the person asks again.</summary>
    public const string Unreachable = "unreachable";
}

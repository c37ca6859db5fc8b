namespace ReflectBot.Data.Checkins;

/// <summary>Where a scheduled DM or server post stands, as stored.</summary>
public static class DeliveryState
{
    /// <summary>Decided and recorded, but not yet known to have reached Discord.</summary>
    public const string Pending = "pending";

    /// <summary>Discord accepted the message.</summary>
    public const string Sent = "sent";

    /// <summary>Deliberately not sent (for example too late, or check-ins were stopped).</summary>
    public const string Skipped = "skipped";

    /// <summary>Discord refused it.</summary>
    public const string Failed = "failed";
}

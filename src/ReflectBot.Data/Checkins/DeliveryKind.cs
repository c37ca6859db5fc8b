namespace ReflectBot.Data.Checkins;

/// <summary>The kinds of DM the check-in scheduler sends, as stored.</summary>
public static class DeliveryKind
{
    /// <summary>The daily check-in.</summary>
    public const string Daily = "daily";

    /// <summary>The weekly summary.</summary>
    public const string Summary = "summary";

    internal static bool IsKnown(string kind) => kind is Daily or Summary;
}

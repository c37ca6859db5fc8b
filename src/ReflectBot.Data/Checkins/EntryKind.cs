namespace ReflectBot.Data.Checkins;

/// <summary>The kinds of check-in answer, as stored.</summary>
public static class EntryKind
{
    /// <summary>A mood from 1 to 5; one per day.</summary>
    public const string Mood = "mood";

    /// <summary>A written reflection; many per day.</summary>
    public const string Reflection = "reflection";

    /// <summary>The person chose to skip the day; once per day.</summary>
    public const string Skip = "skip";
}

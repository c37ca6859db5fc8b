using System.Globalization;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Grounding;

/// <summary>
/// The /ground buttons' ids. Each names the session it belongs to (and, where it matters, the step
/// or phase), so a click is checked against the stored session rather than trusted.
/// </summary>
public static class GroundingCustomIds
{
    public const string Prefix = "gr";
    public const string Pick = "p";
    public const string Menu = "m";
    public const string Before = "b";
    public const string SkipBefore = "bs";
    public const string Next = "n";
    public const string Pause = "pa";
    public const string Resume = "r";
    public const string Stop = "x";
    public const string After = "a";
    public const string SkipAfter = "as";

    /// <summary>A button that opens the exercise menu, as /ground start does (used by crisis support).</summary>
    public static string ForMenu() => CustomId.Create(Prefix, Menu).ToString();

    public static string ForPick(string exerciseId) => CustomId.Create(Prefix, Pick, exerciseId).ToString();

    public static string ForBefore(long sessionId, int rating) => Build(Before, sessionId, rating);

    public static string ForSkipBefore(long sessionId) => Build(SkipBefore, sessionId);

    public static string ForNext(long sessionId, int step) => Build(Next, sessionId, step);

    public static string ForPause(long sessionId) => Build(Pause, sessionId);

    public static string ForResume(long sessionId, int phase) => Build(Resume, sessionId, phase);

    public static string ForStop(long sessionId) => Build(Stop, sessionId);

    public static string ForAfter(long sessionId, int rating) => Build(After, sessionId, rating);

    public static string ForSkipAfter(long sessionId) => Build(SkipAfter, sessionId);

    public static bool TryReadNumber(CustomId id, int index, out long number)
        => long.TryParse(id.PartOrDefault(index), NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static string Build(string action, params long[] parts)
        => CustomId.Create(Prefix, [action, .. parts.Select(part => part.ToString(CultureInfo.InvariantCulture))]).ToString();
}

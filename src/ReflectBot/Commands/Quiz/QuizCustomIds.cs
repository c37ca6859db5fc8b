using System.Globalization;
using ReflectBot.Core.Quiz;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Quiz;

/// <summary>
/// The quiz's button ids. Each names its owner and, for steps, the quiz version it was drawn for,
/// so another person's click, a stale button and a double click are all told apart from a real answer.
/// </summary>
public static class QuizCustomIds
{
    public const string Prefix = "quiz";
    public const string Answer = "a";
    public const string Back = "b";
    public const string Stop = "s";
    public const string Share = "share";
    public const string LearnMore = "learn";
    public const string Retake = "retake";
    public const string TakeYourOwn = "take";

    public static string ForAnswer(ulong userId, long version, int value) => Build(Answer, userId, version, value);

    public static string ForBack(ulong userId, long version) => Build(Back, userId, version);

    public static string ForStop(ulong userId, long version) => Build(Stop, userId, version);

    public static string ForShare(ulong userId, long resultId) => Build(Share, userId, resultId);

    public static string ForLearnMore(ulong userId, AttachmentPattern pattern) => Build(LearnMore, userId, pattern.ContentId());

    public static string ForRetake(ulong userId, QuizMode mode) => Build(Retake, userId, QuizModes.Id(mode));

    /// <summary>On a shared result: anyone who clicks starts a quiz of their own.</summary>
    public static string ForTakeYourOwn() => CustomId.Create(Prefix, TakeYourOwn).ToString();

    public static bool TryReadOwner(CustomId id, out ulong owner)
        => ulong.TryParse(id.PartOrDefault(1), NumberStyles.None, CultureInfo.InvariantCulture, out owner);

    public static bool TryReadNumber(CustomId id, int index, out long number)
        => long.TryParse(id.PartOrDefault(index), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    private static string Build(string action, ulong userId, params object[] parts)
        => CustomId.Create(
            Prefix,
            [action, userId.ToString(CultureInfo.InvariantCulture), .. parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture) ?? "")])
            .ToString();
}

namespace ReflectBot.Core.Quiz;

/// <summary>The 1–7 agreement scale every item is answered on.</summary>
public static class AgreementScale
{
    public const int Min = 1;
    public const int Max = 7;

    /// <summary>The neutral answer, and the default cut-off between low and high.</summary>
    public const double Midpoint = 4.0;

    /// <summary>The words for each answer, from 1 to 7, short enough for a button.</summary>
    public static IReadOnlyList<string> Labels { get; } =
    [
        "Strongly disagree",
        "Disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Agree",
        "Strongly agree",
    ];

    public static bool IsValid(int answer) => answer is >= Min and <= Max;

    /// <summary>The label of an answer from 1 to 7.</summary>
    public static string Label(int answer) =>
        IsValid(answer)
            ? Labels[answer - Min]
            : throw new ArgumentOutOfRangeException(nameof(answer), answer, $"Answers run from {Min} to {Max}.");

    /// <summary>An answer turned the way its item counts: a reverse-keyed item scores 8 − answer.</summary>
    public static int Keyed(int answer, ItemKeying keying) => keying == ItemKeying.Reverse ? Max + Min - answer : answer;
}

using ReflectBot.Core.Quiz;

namespace ReflectBot.Commands.Quiz;

/// <summary>How a quiz mode is written in commands, buttons and storage.</summary>
public static class QuizModes
{
    public const string ShortId = "short";
    public const string FullId = "full";

    public static string Id(QuizMode mode) => mode == QuizMode.Full ? FullId : ShortId;

    public static bool TryParse(string? text, out QuizMode mode)
    {
        switch (text)
        {
            case ShortId:
                mode = QuizMode.Short;
                return true;
            case FullId:
                mode = QuizMode.Full;
                return true;
            default:
                mode = QuizMode.Short;
                return false;
        }
    }
}

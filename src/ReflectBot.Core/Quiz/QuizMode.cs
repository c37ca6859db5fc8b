namespace ReflectBot.Core.Quiz;

/// <summary>How many items a quiz asks: the short mode is a balanced subset of the full one.</summary>
public enum QuizMode
{
    Short,
    Full,
}

namespace ReflectBot.Core.Quiz;

/// <summary>An answer or a step back that the quiz's state does not allow; nothing was changed.</summary>
public sealed class QuizAnswerRefusedException(QuizAnswerRefusal refusal, string message) : InvalidOperationException(message)
{
    public QuizAnswerRefusal Refusal { get; } = refusal;
}

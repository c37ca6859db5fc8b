namespace ReflectBot.Core.Quiz;

/// <summary>Why an answer was not counted; each is an expected event (double clicks, stale buttons), not a fault.</summary>
public enum QuizAnswerRefusal
{
    /// <summary>The answer is for an item other than the one being asked, e.g. a second click or an old message.</summary>
    NotTheCurrentItem,

    /// <summary>Every item already has an answer.</summary>
    QuizComplete,

    /// <summary>The value is not on the 1–7 scale, e.g. a tampered button.</summary>
    OutOfRange,

    /// <summary>There is no answer to take back.</summary>
    NothingToGoBackTo,
}

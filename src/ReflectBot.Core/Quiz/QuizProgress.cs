namespace ReflectBot.Core.Quiz;

/// <summary>
/// Where one person is in one quiz: the items in the order asked and the answers so far. Immutable, so
/// the host can store each step and a refused click changes nothing. Only the current item can be answered,
/// which turns double clicks and old buttons into clear refusals instead of answers counted twice.
/// </summary>
public sealed class QuizProgress
{
    private readonly IReadOnlyList<string> _itemIds;
    private readonly IReadOnlyList<int> _answers;

    private QuizProgress(QuizMode mode, IReadOnlyList<string> itemIds, IReadOnlyList<int> answers)
    {
        Mode = mode;
        _itemIds = itemIds;
        _answers = answers;
    }

    public QuizMode Mode { get; }

    /// <summary>Item ids in the order they are asked.</summary>
    public IReadOnlyList<string> ItemIds => _itemIds;

    /// <summary>Answers (1–7) to the first <c>Answers.Count</c> items, in order.</summary>
    public IReadOnlyList<int> Answers => _answers;

    public bool IsComplete => _answers.Count == _itemIds.Count;

    /// <summary>The id of the item being asked; null once every item has an answer.</summary>
    public string? CurrentItemId => IsComplete ? null : _itemIds[_answers.Count];

    /// <summary>1-based number of the item being asked; equals <see cref="Total"/> once complete.</summary>
    public int CurrentNumber => Math.Min(_answers.Count + 1, _itemIds.Count);

    public int Total => _itemIds.Count;

    /// <summary>The progress line, e.g. "7 of 24".</summary>
    public string Position => $"{CurrentNumber} of {Total}";

    public bool CanGoBack => _answers.Count > 0;

    /// <summary>The answers by item id, as the scorer takes them.</summary>
    public IReadOnlyDictionary<string, int> AnswersByItem =>
        _answers.Select((answer, index) => (Id: _itemIds[index], answer))
            .ToDictionary(pair => pair.Id, pair => pair.answer, StringComparer.Ordinal);

    /// <summary>A quiz at its first item.</summary>
    public static QuizProgress Start(QuizMode mode, IEnumerable<string> itemIds) => Restore(mode, [.. itemIds], []);

    /// <summary>
    /// Rebuilds a stored quiz. Throws <see cref="ArgumentException"/> when the stored state cannot be a quiz
    /// (no items, repeated ids, more answers than items, an answer outside 1–7).
    /// </summary>
    public static QuizProgress Restore(QuizMode mode, IReadOnlyList<string> itemIds, IReadOnlyList<int> answers)
    {
        if (itemIds.Count == 0)
        {
            throw new ArgumentException("A quiz needs at least one item.", nameof(itemIds));
        }

        if (itemIds.Distinct(StringComparer.Ordinal).Count() != itemIds.Count)
        {
            throw new ArgumentException("A quiz cannot ask the same item twice.", nameof(itemIds));
        }

        if (answers.Count > itemIds.Count)
        {
            throw new ArgumentException($"There are {answers.Count} answers for {itemIds.Count} items.", nameof(answers));
        }

        if (answers.Any(answer => !AgreementScale.IsValid(answer)))
        {
            throw new ArgumentException($"Stored answers must run from {AgreementScale.Min} to {AgreementScale.Max}.", nameof(answers));
        }

        return new QuizProgress(mode, [.. itemIds], [.. answers]);
    }

    /// <summary>Whether <paramref name="itemId"/> is the item being asked now.</summary>
    public bool IsCurrent(string itemId) => string.Equals(CurrentItemId, itemId, StringComparison.Ordinal);

    /// <summary>
    /// The quiz with <paramref name="value"/> recorded for the current item. Throws
    /// <see cref="QuizAnswerRefusedException"/> when the quiz is complete, the item is not the current one,
    /// or the value lies outside 1–7.
    /// </summary>
    public QuizProgress Answer(string itemId, int value)
    {
        if (IsComplete)
        {
            throw new QuizAnswerRefusedException(QuizAnswerRefusal.QuizComplete, "Every item of this quiz already has an answer.");
        }

        if (!IsCurrent(itemId))
        {
            throw new QuizAnswerRefusedException(
                QuizAnswerRefusal.NotTheCurrentItem,
                $"The answer is for item '{itemId}', but the quiz is at item '{CurrentItemId}' ({Position}).");
        }

        if (!AgreementScale.IsValid(value))
        {
            throw new QuizAnswerRefusedException(
                QuizAnswerRefusal.OutOfRange,
                $"Answers run from {AgreementScale.Min} to {AgreementScale.Max}; {value} does not.");
        }

        return new QuizProgress(Mode, _itemIds, [.. _answers, value]);
    }

    /// <summary>The quiz with its last answer taken back. Throws <see cref="QuizAnswerRefusedException"/> at the first item.</summary>
    public QuizProgress Back() =>
        CanGoBack
            ? new QuizProgress(Mode, _itemIds, [.. _answers.Take(_answers.Count - 1)])
            : throw new QuizAnswerRefusedException(QuizAnswerRefusal.NothingToGoBackTo, "The quiz is at its first item; there is nothing to go back to.");

    /// <summary>
    /// Like <see cref="Back()"/>, but only from <paramref name="fromItemId"/>, the item the pressed Back button
    /// was shown with, so a double click goes back one step rather than two. Once the quiz is complete,
    /// <paramref name="fromItemId"/> never matches, so an old Back button cannot reopen a finished quiz.
    /// </summary>
    public QuizProgress Back(string fromItemId) =>
        IsCurrent(fromItemId)
            ? Back()
            : throw new QuizAnswerRefusedException(
                QuizAnswerRefusal.NotTheCurrentItem,
                $"The Back button was for item '{fromItemId}', but the quiz is at {(IsComplete ? "its end" : $"item '{CurrentItemId}'")}.");
}

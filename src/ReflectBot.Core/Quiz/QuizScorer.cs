using System.Diagnostics.CodeAnalysis;

namespace ReflectBot.Core.Quiz;

/// <summary>
/// Scores a finished quiz the way research scales of this shape do: each dimension is the mean of its
/// items, with reverse-keyed items counted as 8 − answer.
/// </summary>
public sealed class QuizScorer
{
    /// <summary>Scores a finished <paramref name="progress"/> against the instrument it was started from.</summary>
    public QuizScores Score(QuizInstrument instrument, QuizProgress progress)
    {
        if (!progress.IsComplete)
        {
            throw new ArgumentException(
                $"The quiz is not finished: {progress.Answers.Count} of {progress.ItemIds.Count} items are answered.",
                nameof(progress));
        }

        return Score(progress.ItemIds.Select(instrument.Get).ToList(), progress.AnswersByItem);
    }

    /// <summary>
    /// Scores <paramref name="answers"/> (item id → 1–7) for exactly <paramref name="items"/>. Throws when an
    /// answer lies outside 1–7, when an item has no answer or an answer has no item, or when a dimension has no items.
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A service, injected like the classifier, so scoring can change without touching its callers.")]
    public QuizScores Score(IReadOnlyCollection<QuizItem> items, IReadOnlyDictionary<string, int> answers)
    {
        var outOfRange = answers.Where(pair => !AgreementScale.IsValid(pair.Value)).Select(pair => $"{pair.Key}={pair.Value}").ToList();
        if (outOfRange.Count > 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(answers),
                $"Answers run from {AgreementScale.Min} to {AgreementScale.Max}; these do not: {string.Join(", ", outOfRange)}.");
        }

        var missing = items.Where(item => !answers.ContainsKey(item.Id)).Select(item => item.Id).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The answers are incomplete; no answer for: {string.Join(", ", missing)}.", nameof(answers));
        }

        var known = items.Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = answers.Keys.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Some answers belong to no item of this quiz: {string.Join(", ", unknown)}.", nameof(answers));
        }

        return new QuizScores(Mean(items, answers, AttachmentDimension.Anxiety), Mean(items, answers, AttachmentDimension.Avoidance));
    }

    private static double Mean(IReadOnlyCollection<QuizItem> items, IReadOnlyDictionary<string, int> answers, AttachmentDimension dimension)
    {
        var keyed = items
            .Where(item => item.Dimension == dimension)
            .Select(item => AgreementScale.Keyed(answers[item.Id], item.Keying))
            .ToList();
        return keyed.Count > 0
            ? keyed.Average()
            : throw new ArgumentException($"The quiz has no {dimension.ToString().ToLowerInvariant()} items, so that score cannot be taken.", nameof(items));
    }
}

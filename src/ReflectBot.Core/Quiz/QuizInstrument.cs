using ReflectBot.Core.Content;

namespace ReflectBot.Core.Quiz;

/// <summary>The quiz's items in the order they are asked, for either mode. Built from checked content.</summary>
public sealed class QuizInstrument
{
    private readonly IReadOnlyList<QuizItem> _full;
    private readonly IReadOnlyList<QuizItem> _short;
    private readonly Dictionary<string, QuizItem> _byId;

    public QuizInstrument(IEnumerable<QuizItem> items)
    {
        _full = [.. items.OrderBy(item => item.Order).ThenBy(item => item.Id, StringComparer.Ordinal)];
        _short = [.. _full.Where(item => item.InShortMode)];
        _byId = _full.ToDictionary(item => item.Id, StringComparer.Ordinal);
    }

    public static QuizInstrument FromCatalog(ContentCatalog catalog) => new(catalog.All<QuizItem>().Values);

    /// <summary>The items a quiz of <paramref name="mode"/> asks, in order.</summary>
    public IReadOnlyList<QuizItem> ItemsFor(QuizMode mode) => mode == QuizMode.Short ? _short : _full;

    public bool TryGet(string id, out QuizItem item) => _byId.TryGetValue(id, out item!);

    public QuizItem Get(string id) =>
        _byId.TryGetValue(id, out var item)
            ? item
            : throw new KeyNotFoundException($"The quiz has no item '{id}'; it may have been removed from prompts/quiz/items/.");

    /// <summary>A fresh quiz of <paramref name="mode"/>, at its first item.</summary>
    public QuizProgress Start(QuizMode mode) => QuizProgress.Start(mode, ItemsFor(mode).Select(item => item.Id));
}

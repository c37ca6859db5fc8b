using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;

namespace ReflectBot.Commands.Quiz;

/// <summary>The instrument and the pattern explainers from the content loaded at start.</summary>
public sealed class QuizContent(ContentCatalogProvider catalog)
{
    private Cache? _cached;

    public QuizInstrument Instrument
    {
        get
        {
            var current = catalog.Current;
            var cached = Volatile.Read(ref _cached);
            if (cached is null || !ReferenceEquals(cached.Catalog, current))
            {
                cached = new Cache(current, QuizInstrument.FromCatalog(current));
                Volatile.Write(ref _cached, cached);
            }

            return cached.Instrument;
        }
    }

    public PatternExplainer Explainer(AttachmentPattern pattern) => catalog.Current.Get<PatternExplainer>(pattern.ContentId());

    private sealed record Cache(ContentCatalog Catalog, QuizInstrument Instrument);
}

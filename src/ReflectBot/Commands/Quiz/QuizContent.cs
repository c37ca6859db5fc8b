using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;

namespace ReflectBot.Commands.Quiz;

/// <summary>The instrument and the pattern explainers from the content loaded at start.</summary>
public sealed class QuizContent(ContentCatalogProvider catalog)
{
    private (ContentCatalog Catalog, QuizInstrument Instrument)? _cached;

    public QuizInstrument Instrument
    {
        get
        {
            var current = catalog.Current;
            if (_cached is not { } cached || !ReferenceEquals(cached.Catalog, current))
            {
                cached = (current, QuizInstrument.FromCatalog(current));
                _cached = cached;
            }

            return cached.Instrument;
        }
    }

    public PatternExplainer Explainer(AttachmentPattern pattern) => catalog.Current.Get<PatternExplainer>(pattern.ContentId());
}

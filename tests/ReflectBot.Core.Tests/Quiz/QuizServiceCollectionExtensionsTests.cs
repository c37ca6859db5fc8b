using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class QuizServiceCollectionExtensionsTests
{
    [Fact]
    public void The_scorer_and_classifier_resolve_once_each_with_the_configured_cut_off()
    {
        using var services = new ServiceCollection()
            .AddQuizCore()
            .Configure<QuizOptions>(options => options.CutOff = 3)
            .BuildServiceProvider();

        Assert.Same(services.GetRequiredService<QuizScorer>(), services.GetRequiredService<QuizScorer>());
        var classifier = services.GetRequiredService<PatternClassifier>();
        Assert.Equal(AttachmentPattern.Anxious, classifier.Classify(new QuizScores(3.5, 1)).Pattern);
    }

    [Fact]
    public void A_bad_cut_off_is_refused_by_name()
    {
        using var services = new ServiceCollection()
            .AddQuizCore()
            .Configure<QuizOptions>(options => options.CutOff = 9)
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<QuizOptions>>().Value);

        Assert.Contains("Quiz:CutOff", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_instrument_comes_from_the_content_loaded_at_start()
    {
        using var prompts = new TempPromptsFolder();
        using var services = new ServiceCollection()
            .AddQuizCore()
            .AddSingleton<ContentCatalogProvider>()
            .BuildServiceProvider();
        services.GetRequiredService<ContentCatalogProvider>().Set(await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None));

        var instrument = services.GetRequiredService<QuizInstrument>();

        Assert.Equal(24, instrument.ItemsFor(QuizMode.Full).Count);
    }
}

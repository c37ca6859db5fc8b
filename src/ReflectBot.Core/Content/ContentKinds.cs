using ReflectBot.Core.Cards;
using ReflectBot.Core.Content.Pages;
using ReflectBot.Core.Grounding;
using ReflectBot.Core.Quiz;
using ReflectBot.Core.Reflection;
using ReflectBot.Core.Safety;

namespace ReflectBot.Core.Content;

/// <summary>Every kind of content the bot loads. Adding a kind: a record, a schema, one line here.</summary>
public static class ContentKinds
{
    public static IReadOnlyList<IContentKind> All { get; } =
    [
        new PageSchema(),
        new QuizItemSchema(),
        new PatternExplainerSchema(),
        new ReflectionPromptSchema(),
        new GroundingExerciseSchema(),
        new CardSchema(),
        new CrisisCategorySchema(),
        new CrisisResourcesSchema(),
    ];
}

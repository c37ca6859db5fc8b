using ReflectBot.Core.Quiz;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Quiz;

/// <summary>/quiz: the attachment quiz, its buttons and its result picture.</summary>
public static class QuizSetup
{
    public static IServiceCollection AddQuiz(this IServiceCollection services)
    {
        services.AddQuizCore();
        services.AddSingleton<QuizContent>();
        services.AddSingleton<QuizChartRenderer>();
        services.AddSingleton<QuizPicture>();
        services.AddSingleton<QuizSteps>();
        services.AddSingleton<QuizCompletion>();
        services.AddSingleton<QuizResultActions>();
        services.AddSlashCommand<QuizCommand>();
        services.AddSingleton<IComponentHandler, QuizButtons>();
        return services;
    }
}

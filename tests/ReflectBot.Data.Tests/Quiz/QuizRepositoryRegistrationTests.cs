using Microsoft.Extensions.DependencyInjection;
using ReflectBot.Data.Quiz;

namespace ReflectBot.Data.Tests.Quiz;

public sealed class QuizRepositoryRegistrationTests
{
    [Fact]
    public void The_quiz_repository_resolves_as_one_shared_instance()
    {
        using var provider = new ServiceCollection().AddLogging().AddReflectBotData().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<QuizRepository>(), provider.GetRequiredService<QuizRepository>());
    }
}

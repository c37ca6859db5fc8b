namespace ReflectBot.IntegrationTests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path.Combine(Root, "prompts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReflectBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReflectBot.sln was not found above the test's output folder.");
    }
}

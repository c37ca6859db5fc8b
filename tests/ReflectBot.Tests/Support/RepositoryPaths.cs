namespace ReflectBot.Tests.Support;

/// <summary>Finds the repository from the test's output folder, wherever the clone lives.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Docs => Path.Combine(Root, "docs");

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

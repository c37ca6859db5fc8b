namespace ReflectBot.Workloads.Processes;

/// <summary>Finds the repository's root folder (the one holding ReflectBot.sln) from the running program's folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReflectBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReflectBot.sln was not found above the program's folder.");
    }
}

using ReflectBot.Core.Content;

namespace ReflectBot.Cli;

/// <summary><c>validate [folder]</c>: loads the prompts folder as the bot would and lists every error with file and line.</summary>
public static class ValidateVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(args.Length > 0 ? args[0] : new ContentOptions().PromptsPath);
        var result = await new ContentLoader().LoadAsync(folder, cancellationToken);
        if (result.Succeeded)
        {
            output.WriteLine($"{folder}: content is valid ({result.Catalog.Pages.Count} pages).");
            return 0;
        }

        foreach (var error in result.Errors)
        {
            errors.WriteLine(error.ToString());
        }

        errors.WriteLine($"{result.Errors.Count} error(s) in {folder}.");
        return 1;
    }
}

namespace ReflectBot.Cli;

/// <summary>
/// Verbs that do one job and exit instead of running the bot:
/// <c>commands</c> prints the command JSON the bot registers; <c>validate [folder]</c> checks prompts/.
/// </summary>
public static class CliVerbs
{
    /// <summary>Runs the verb named by the first argument; null when the arguments ask for the bot itself.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (args.Length == 0)
        {
            return null;
        }

        return args[0] switch
        {
            "commands" => await CommandsVerb.RunAsync(args[1..], output, errors, cancellationToken),
            "validate" => await ValidateVerb.RunAsync(args[1..], output, errors, cancellationToken),
            "help" or "--help" or "-h" => PrintUsage(output),
            _ => null,
        };
    }

    private static int PrintUsage(TextWriter output)
    {
        output.WriteLine("""
            ReflectBot

              (no verb)          run the bot; with no Discord token configured it runs against the local Discord
              commands           print the JSON array of slash commands the bot registers, then exit
              validate [folder]  check the prompts folder (default: prompts) and exit non-zero on any error

            Settings come from appsettings.json, user secrets, environment variables such as
            ReflectBot__Discord__Token, and --Section:Key=value arguments; the README lists them all.
            """);
        return 0;
    }
}

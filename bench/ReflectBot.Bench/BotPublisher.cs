using System.Diagnostics;

namespace ReflectBot.Bench;

/// <summary>Publishes the bot as it is deployed (Release, ReadyToRun) into the work folder, once per run.</summary>
public static class BotPublisher
{
    public static async Task<string> PublishAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var output = Path.Combine(context.WorkDirectory, "published-bot");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = context.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["publish", "src/ReflectBot", "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", output, "--nologo"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var text = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Publishing the bot failed:\n{await text}{await errors}");
        }

        return Path.Combine(output, "ReflectBot.dll");
    }
}

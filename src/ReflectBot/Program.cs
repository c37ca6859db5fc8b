using ReflectBot.Cli;
using ReflectBot.Hosting;

if (await CliVerbs.TryRunAsync(args, Console.Out, Console.Error, CancellationToken.None) is { } exitCode)
{
    return exitCode;
}

var builder = ReflectBotHost.CreateBuilder(args);
await using var localDiscord = await LocalMode.StartWhenNoTokenAsync(builder, CancellationToken.None);
builder.AddApplicationServices();

using var host = builder.Build();
await host.RunAsync();
return Environment.ExitCode;

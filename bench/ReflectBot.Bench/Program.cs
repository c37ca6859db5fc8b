using ReflectBot.Bench;
using ReflectBot.Bench.Reporting;
using ReflectBot.Bench.Sections;
using ReflectBot.Workloads.Processes;

// Sections in the order they run; with no section named on the command line, all of them.
IBenchSection[] all = [new StartupSection(), new QuizSection(), new PeerSection(), new FanOutSection(), new FaultsSection()];

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/ReflectBot.Bench -- [" + string.Join('|', all.Select(s => s.Name)) +
        " ...] [--rate 200] [--duration 60] [--ramp 200,400,...] [--ramp-step 10] [--fanout-users 100000] [--startup-users 100000] [--out FILE] [--unpublished]");
    return 2;
}

var unknown = options.Sections.Except(all.Select(s => s.Name)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown section(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", all.Select(s => s.Name))}.");
    return 2;
}

var chosen = options.Sections.Count == 0 ? all : [.. all.Where(s => options.Sections.Contains(s.Name))];
var root = RepositoryRoot.Find();
var work = Path.Combine(Path.GetTempPath(), "reflectbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var context = new BenchContext { Options = options, RepositoryRoot = root, WorkDirectory = work, Log = Console.Out };
var startedAt = DateTimeOffset.UtcNow;
var clock = System.Diagnostics.Stopwatch.StartNew();
try
{
    if (options.Published)
    {
        Console.WriteLine("== publishing the bot (Release, ReadyToRun)");
        context.BotPath = await BotPublisher.PublishAsync(context, stop.Token);
    }

    var results = new List<SectionResult>();
    foreach (var section in chosen)
    {
        Console.WriteLine($"== {section.Name}");
        results.Add(await section.RunAsync(context, stop.Token));
    }

    var commandLine = "dotnet run -c Release --project bench/ReflectBot.Bench --" + (args.Length == 0 ? "" : " " + string.Join(' ', args));
    var markdown = ResultsWriter.Render(results, commandLine.TrimEnd('-', ' '), startedAt, clock.Elapsed);
    var output = options.OutputPath ?? Path.Combine(root, "bench", "RESULTS.md");
    await File.WriteAllTextAsync(output, markdown, stop.Token);
    Console.WriteLine(markdown);
    Console.WriteLine($"Written to {output}");
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

using System.Globalization;

namespace ReflectBot.Bench;

/// <summary>What to run and how hard, from the command line.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<string> Sections { get; init; } = [];
    public double Rate { get; init; } = 200;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    public IReadOnlyList<double> RampRates { get; init; } = [200, 400, 600, 800, 1200, 1600, 2400];
    public TimeSpan RampStep { get; init; } = TimeSpan.FromSeconds(10);
    public int FanOutPeople { get; init; } = 100_000;
    public int StartupPeople { get; init; } = 100_000;
    public string? OutputPath { get; init; }

    /// <summary>Run the bot as published with ReadyToRun, as it is deployed; false runs the build next to the bench.</summary>
    public bool Published { get; init; } = true;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var sections = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--rate" => options with { Rate = Number(Value()) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number(Value())) },
                "--ramp" => options with { RampRates = [.. Value().Split(',').Select(Number)] },
                "--ramp-step" => options with { RampStep = TimeSpan.FromSeconds(Number(Value())) },
                "--fanout-users" => options with { FanOutPeople = (int)Number(Value()) },
                "--startup-users" => options with { StartupPeople = (int)Number(Value()) },
                "--out" => options with { OutputPath = Value() },
                "--unpublished" => options with { Published = false },
                var name when name.StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"Unknown option {name}."),
                var section => Add(sections, section, options),
            };
        }

        return options with { Sections = sections };
    }

    private static BenchOptions Add(List<string> sections, string section, BenchOptions options)
    {
        sections.Add(section);
        return options;
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive number.");
}

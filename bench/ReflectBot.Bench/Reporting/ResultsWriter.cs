using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ReflectBot.Bench.Reporting;

/// <summary>Writes the run as Markdown: when, on what, with which command, then one table per section.</summary>
public static class ResultsWriter
{
    public static string Render(IReadOnlyList<SectionResult> sections, string commandLine, DateTimeOffset startedAt, TimeSpan took)
    {
        var text = new StringBuilder();
        text.AppendLine("# ReflectBot benchmark results").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Run: {startedAt:yyyy-MM-dd HH:mm} UTC, {took.TotalMinutes:0.0} minutes in all");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{commandLine}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} logical cores ({CpuModel()}), {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        text.AppendLine("- Everything runs on this one machine: the local Discord and the load driver in the benchmark's process, the bot (or the discord.js peer) in its own.");
        text.AppendLine();
        foreach (var section in sections)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {section.Title}").AppendLine();
            text.AppendLine("| Measure | Value | Goal | Met |").AppendLine("|---|---|---|---|");
            foreach (var row in section.Rows)
            {
                var met = row.Met switch { true => "yes", false => "**no**", null => "" };
                text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Measure)} | {Cell(row.Value)} | {Cell(row.Goal ?? "")} | {met} |");
            }

            text.AppendLine();
            foreach (var note in section.Notes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return model is null ? "CPU model unknown" : model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}

namespace ReflectBot.Bench;

/// <summary>One part of the benchmark: runs, and answers a titled table.</summary>
public interface IBenchSection
{
    string Name { get; }

    Task<SectionResult> RunAsync(BenchContext context, CancellationToken cancellationToken);
}

/// <summary>A section's table and the notes printed under it.</summary>
public sealed record SectionResult(string Title, IReadOnlyList<ResultRow> Rows, IReadOnlyList<string> Notes);

/// <summary>One measure; <see cref="Met"/> says whether it reached its goal, when it has one.</summary>
public sealed record ResultRow(string Measure, string Value, string? Goal = null, bool? Met = null);

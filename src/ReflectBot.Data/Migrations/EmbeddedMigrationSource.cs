using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ReflectBot.Data.Migrations;

/// <summary>Reads the Migrations/NNNN_name.sql files compiled into this assembly.</summary>
public sealed partial class EmbeddedMigrationSource : IMigrationSource
{
    private const string ResourcePrefix = "Migrations/";

    private readonly Lazy<IReadOnlyList<Migration>> _migrations = new(ReadAll);

    public IReadOnlyList<Migration> GetMigrations() => _migrations.Value;

    private static List<Migration> ReadAll()
    {
        var assembly = typeof(EmbeddedMigrationSource).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToList();

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            // Two scripts with one number would make the applied set depend on file order.
            throw new InvalidOperationException(
                $"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..];
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException(
                $"Migration file '{fileName}' must be named NNNN_lower_snake_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration resource '{resourceName}' could not be opened.");
        using var reader = new StreamReader(stream);
        return new Migration(
            int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
            match.Groups["name"].Value,
            reader.ReadToEnd());
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}

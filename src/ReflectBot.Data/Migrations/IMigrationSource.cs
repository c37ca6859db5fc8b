namespace ReflectBot.Data.Migrations;

/// <summary>Supplies the migrations the code knows; a seam so tests can run scripts that fail on purpose.</summary>
public interface IMigrationSource
{
    /// <summary>Every known migration, ordered by version, versions unique.</summary>
    IReadOnlyList<Migration> GetMigrations();
}

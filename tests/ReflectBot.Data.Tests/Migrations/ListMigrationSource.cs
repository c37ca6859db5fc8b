using ReflectBot.Data.Migrations;

namespace ReflectBot.Data.Tests.Migrations;

/// <summary>Migrations written inline by a test.</summary>
internal sealed class ListMigrationSource(params Migration[] migrations) : IMigrationSource
{
    public IReadOnlyList<Migration> GetMigrations() => migrations;
}

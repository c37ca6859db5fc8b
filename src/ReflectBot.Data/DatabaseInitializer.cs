using Microsoft.Extensions.Hosting;
using ReflectBot.Data.Migrations;

namespace ReflectBot.Data;

/// <summary>Migrates the database at start, so nothing reads or writes an old schema.</summary>
public sealed class DatabaseInitializer(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Hosting;
using ReflectBot.Data.Migrations;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data;

/// <summary>Migrates the database at start, then checks the encryption key against it, so nothing reads or writes an old schema or the wrong key.</summary>
public sealed class DatabaseInitializer(DatabaseMigrator migrator, SealingGuard sealing) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await sealing.EnsureAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

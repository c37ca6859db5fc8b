using ReflectBot.Workloads.Processes;

namespace ReflectBot.FaultTests.Support;

/// <summary>The fault scenarios judge answers by deadlines, so they run while no other heavy suite (the browser tests) does.</summary>
[CollectionDefinition(Name)]
public sealed class TimingSensitiveCollection : ICollectionFixture<MachineTurnFixture>
{
    public const string Name = "timing-sensitive";
}

public sealed class MachineTurnFixture : IAsyncLifetime
{
    private MachineTurn? _turn;

    public async Task InitializeAsync() => _turn = await MachineTurn.TakeAsync(TimeSpan.FromMinutes(10), CancellationToken.None);

    public Task DisposeAsync()
    {
        _turn?.Dispose();
        return Task.CompletedTask;
    }
}

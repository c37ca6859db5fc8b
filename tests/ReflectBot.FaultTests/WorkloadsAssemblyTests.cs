using ReflectBot.Workloads;

namespace ReflectBot.FaultTests;

public sealed class WorkloadsAssemblyTests
{
    [Fact]
    public void The_workloads_assembly_is_built_beside_the_bot()
    {
        var directory = Path.GetDirectoryName(typeof(WorkloadsAssembly).Assembly.Location)!;
        Assert.True(File.Exists(Path.Combine(directory, "ReflectBot.dll")), "The bot's build output is copied next to the tests.");
    }
}

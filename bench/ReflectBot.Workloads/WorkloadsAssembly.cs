namespace ReflectBot.Workloads;

/// <summary>Marks the workloads assembly; the workloads themselves live in their own folders.</summary>
public static class WorkloadsAssembly;

namespace ReflectBot.Hosting;

/// <summary>Where the in-process local Discord listens.</summary>
public sealed record LocalModeEndpoint(Uri BaseAddress, Uri ControlAddress);

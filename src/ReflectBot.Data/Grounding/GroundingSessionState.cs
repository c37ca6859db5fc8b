namespace ReflectBot.Data.Grounding;

/// <summary>The states a grounding session's row can be in, as stored.</summary>
public static class GroundingSessionState
{
    public const string Running = "running";
    public const string Finished = "finished";
    public const string Stopped = "stopped";
}

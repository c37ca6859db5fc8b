namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>Leave to send one request; <see cref="Complete"/> feeds the response back, disposing without it means no answer came.</summary>
public interface IRateLimitPermit : IDisposable
{
    void Complete(RateLimitResponse response);
}

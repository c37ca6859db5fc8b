namespace ReflectBot.Discord.Gateway;

/// <summary>Finds the gateway address to connect to (the REST client answers it with GET /gateway/bot).</summary>
public interface IGatewayUrlProvider
{
    Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken);
}

using System.Net;
using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord.Rest;

/// <summary>Finds the gateway address through GET /gateway/bot, as Discord asks bots to.</summary>
public sealed class RestGatewayUrlProvider(DiscordRestClient rest) : IGatewayUrlProvider
{
    /// <summary>Discord's close code for a rejected token; a 401 here means the same and must not be retried.</summary>
    private const int AuthenticationFailed = 4004;

    public async Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        try
        {
            var info = await rest.GetGatewayBotAsync(cancellationToken);
            return new Uri(info.Url);
        }
        catch (DiscordRestException exception) when (exception.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new GatewayFatalCloseException(
                AuthenticationFailed,
                "Discord rejected the bot token (HTTP 401 on GET /gateway/bot). Check Discord:Token.");
        }
    }
}

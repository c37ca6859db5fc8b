using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord.Rest;

/// <summary>Finds the gateway address through GET /gateway/bot, as Discord asks bots to.</summary>
public sealed class RestGatewayUrlProvider(DiscordRestClient rest) : IGatewayUrlProvider
{
    public async Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        var info = await rest.GetGatewayBotAsync(cancellationToken);
        return new Uri(info.Url);
    }
}

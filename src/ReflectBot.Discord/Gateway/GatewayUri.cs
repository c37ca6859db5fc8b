using System.Web;

namespace ReflectBot.Discord.Gateway;

/// <summary>Adds the version and encoding Discord expects to a gateway address.</summary>
internal static class GatewayUri
{
    public static Uri WithGatewayQuery(Uri baseUrl)
    {
        var builder = new UriBuilder(baseUrl);
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        var query = HttpUtility.ParseQueryString(builder.Query);
        query["v"] = "10";
        query["encoding"] = "json";
        builder.Query = query.ToString();
        return builder.Uri;
    }
}

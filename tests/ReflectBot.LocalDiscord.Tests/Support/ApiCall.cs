using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Tests.Support;

/// <summary>A REST answer as the tests look at it: status, parsed body and headers.</summary>
internal sealed record ApiAnswer(int Status, JsonNode? Body, HttpResponseHeaders Headers)
{
    public int? Code => Body?["code"]?.GetValue<int>();

    public string Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}

internal static class ApiCall
{
    public static Task<ApiAnswer> CallAsync(this HttpClient client, string method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path.TrimStart('/'), UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return CallAsync(client, request);
    }

    public static async Task<ApiAnswer> CallAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request, TestServer.Timeout);
            var text = await response.Content.ReadAsStringAsync(TestServer.Timeout);
            return new ApiAnswer((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
        }
    }
}

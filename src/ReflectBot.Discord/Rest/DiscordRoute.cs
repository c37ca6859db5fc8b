using System.Security.Cryptography;
using System.Text;

namespace ReflectBot.Discord.Rest;

/// <summary>
/// One request target: the method, the template (safe to log), the real path (may hold a token: never log it)
/// and the rate-limit key that keeps major parameters and drops the others.
/// </summary>
public sealed class DiscordRoute
{
    private static readonly HashSet<string> MajorParameters = new(StringComparer.Ordinal)
    {
        "channel_id", "guild_id", "webhook_id", "interaction_token",
    };

    private DiscordRoute(HttpMethod method, string template, string path, string key, string major, DiscordRouteKind kind)
    {
        Method = method;
        Template = template;
        Path = path;
        Key = key;
        MajorParameter = major;
        Kind = kind;
    }

    public HttpMethod Method { get; }

    /// <summary>The path with placeholders, e.g. /channels/{channel_id}/messages.</summary>
    public string Template { get; }

    /// <summary>The path relative to the API base, without a leading slash. Holds interaction tokens: never log it.</summary>
    internal string Path { get; }

    /// <summary>Rate-limit identity of the route, e.g. "PATCH /channels/123/messages/{id}"; tokens appear only hashed.</summary>
    public string Key { get; }

    /// <summary>The major parameter values joined, which split one Discord bucket hash into separate buckets.</summary>
    public string MajorParameter { get; }

    public DiscordRouteKind Kind { get; }

    /// <summary>Interaction and webhook-token routes authenticate by the token in the path, not by the bot token.</summary>
    public bool UsesBotToken => Kind == DiscordRouteKind.Bot;

    /// <summary>Discord exempts interaction endpoints from the global limit.</summary>
    public bool IsExemptFromGlobalLimit => Kind != DiscordRouteKind.Bot;

    /// <summary>The same route with a query string (starting with '?') added to its path; the rate-limit identity is unchanged.</summary>
    public DiscordRoute WithQuery(string query) => new(Method, Template, Path + query, Key, MajorParameter, Kind);

    /// <summary>Builds a route, filling each {placeholder} of the template with the next value in order.</summary>
    public static DiscordRoute Create(HttpMethod method, string template, DiscordRouteKind kind, params ReadOnlySpan<string> values)
    {
        var path = new StringBuilder();
        var key = new StringBuilder(method.Method).Append(' ');
        var major = new StringBuilder();
        var next = 0;
        foreach (var segment in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path.Append('/');
            key.Append('/');
            if (segment is not ['{', .., '}'])
            {
                path.Append(segment);
                key.Append(segment);
                continue;
            }

            if (next >= values.Length)
            {
                throw new ArgumentException($"The template {template} has more placeholders than values.", nameof(values));
            }

            var value = values[next++];
            var name = segment[1..^1];
            path.Append(Uri.EscapeDataString(value));
            var isToken = name.EndsWith("token", StringComparison.Ordinal);
            var keyPart = isToken ? HashToken(value) : value;
            if (MajorParameters.Contains(name))
            {
                key.Append(keyPart);
                major.Append(major.Length == 0 ? "" : "/").Append(keyPart);
            }
            else
            {
                key.Append(isToken ? "{token}" : "{id}");
            }
        }

        if (next != values.Length)
        {
            throw new ArgumentException($"The template {template} has fewer placeholders than values.", nameof(values));
        }

        return new DiscordRoute(method, template, path.ToString(1, path.Length - 1), key.ToString(), major.ToString(), kind);
    }

    public override string ToString() => $"{Method.Method} {Template}";

    // A short one-way hash keeps two tokens apart in bucket keys without keeping the token itself.
    private static string HashToken(string token)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)).AsSpan(0, 8));
}

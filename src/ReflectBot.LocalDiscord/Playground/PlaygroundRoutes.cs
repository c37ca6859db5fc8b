using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace ReflectBot.LocalDiscord.Playground;

/// <summary>
/// The playground: a small Discord client in plain HTML, CSS and JavaScript, built into this assembly and served at
/// the root. It plays the people through the control API, so everything it does reaches the bot over the gateway and
/// comes back through REST, as with the real Discord.
/// </summary>
internal static class PlaygroundRoutes
{
    private const string ResourcePrefix = "playground/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Serve("index.html"));
        app.MapGet("/playground/{file}", (string file) => Serve(file));
    }

    private static IResult Serve(string file)
    {
        var stream = typeof(PlaygroundRoutes).Assembly.GetManifestResourceStream(ResourcePrefix + file);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        return Results.Stream(stream, contentType);
    }
}

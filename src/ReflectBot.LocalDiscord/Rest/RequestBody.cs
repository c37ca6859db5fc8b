using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReflectBot.LocalDiscord.Rest;

internal sealed record UploadedFile(int Index, string Filename, string ContentType, byte[] Content);

/// <summary>A request's JSON body, from plain JSON or from multipart's payload_json, plus any files[n] parts.</summary>
internal sealed record RequestBody(JsonNode? Json, IReadOnlyList<UploadedFile> Files)
{
    /// <summary>The parsed body, or the Discord error a malformed one earns (50109 for bad JSON).</summary>
    public static async Task<(RequestBody? Body, IResult? Error)> ReadAsync(HttpRequest request)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException)
            {
                return (null, DiscordErrors.InvalidJson());
            }

            var payload = form["payload_json"].FirstOrDefault();
            request.HttpContext.Items[RestPipeline.LoggedBodyKey] = payload;
            var files = new List<UploadedFile>();
            foreach (var file in form.Files)
            {
                var index = ParseFileIndex(file.Name);
                if (index is null)
                {
                    continue;
                }

                using var memory = new MemoryStream();
                await file.CopyToAsync(memory, cancellationToken);
                files.Add(new UploadedFile(index.Value, file.FileName, file.ContentType ?? "application/octet-stream", memory.ToArray()));
            }

            var parsed = Parse(payload);
            return parsed.Ok ? (new RequestBody(parsed.Json, files), null) : (null, DiscordErrors.InvalidJson());
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var json = Parse(text);
        return json.Ok ? (new RequestBody(json.Json, []), null) : (null, DiscordErrors.InvalidJson());
    }

    private static (bool Ok, JsonNode? Json) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (true, null);
        }

        try
        {
            return (true, StrictJson.Parse(text));
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }

    /// <summary>"files[3]" → 3; Discord also accepts any part name with a filename, numbered in order.</summary>
    private static int? ParseFileIndex(string name) =>
        name.StartsWith("files[", StringComparison.Ordinal) && name.EndsWith(']')
            && int.TryParse(name.AsSpan(6, name.Length - 7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
}

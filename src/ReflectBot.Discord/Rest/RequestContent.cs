using System.Net.Http.Headers;

namespace ReflectBot.Discord.Rest;

/// <summary>Builds a fresh HTTP body for each attempt: JSON alone, or multipart with payload_json and files[n].</summary>
internal static class RequestContent
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public static HttpContent? Create(RestRequest request)
    {
        if (request.Files is { Count: > 0 } files)
        {
            var multipart = new MultipartFormDataContent();
            multipart.Add(Json(request.Json ?? EmptyObject), "payload_json");
            for (var index = 0; index < files.Count; index++)
            {
                var file = files[index];
                var part = new ReadOnlyMemoryContent(file.Content);
                part.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type)
                    ? type
                    : new MediaTypeHeaderValue("application/octet-stream");
                multipart.Add(part, $"files[{index}]", file.FileName);
            }

            return multipart;
        }

        return request.Json is null ? null : Json(request.Json);
    }

    private static ByteArrayContent Json(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}

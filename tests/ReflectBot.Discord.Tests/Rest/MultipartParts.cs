using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ReflectBot.Discord.Tests.Rest;

/// <summary>Reads a recorded multipart/form-data body back into its parts, as a server would.</summary>
public static class MultipartParts
{
    public sealed record Part(string? Name, string? FileName, string? ContentType, byte[] Body);

    public static async Task<IReadOnlyList<Part>> ReadAsync(RecordedRequest request)
    {
        var contentType = MediaTypeHeaderValue.Parse(request.ContentType);
        Assert.Equal("multipart/form-data", contentType.MediaType.Value);
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var parts = new List<Part>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var body = new MemoryStream();
            await section.Body.CopyToAsync(body);
            parts.Add(new Part(
                HeaderUtilities.RemoveQuotes(disposition.Name).Value,
                HeaderUtilities.RemoveQuotes(disposition.FileName).Value,
                section.ContentType,
                body.ToArray()));
        }

        return parts;
    }
}

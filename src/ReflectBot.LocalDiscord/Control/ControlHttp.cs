using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>Reading and answering control requests in the control API's JSON dialect.</summary>
internal static class ControlHttp
{
    public static IResult Json(object? value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, ControlJson.Options, statusCode: status);

    public static IResult Error(string message, int status = StatusCodes.Status400BadRequest) =>
        Json(new { message }, status);

    public static async Task<T?> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, ControlJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static TimeSpan Timeout(int? timeoutMs) => TimeSpan.FromMilliseconds(Math.Clamp(timeoutMs ?? 10_000, 0, 120_000));
}

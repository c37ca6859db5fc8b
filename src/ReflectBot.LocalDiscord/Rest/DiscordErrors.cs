using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Discord's error bodies: {code, message, errors?}, with the status Discord pairs with each code.</summary>
internal static class DiscordErrors
{
    public static IResult Error(int status, int code, string message, JsonObject? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return Results.Json(body, statusCode: status);
    }

    public static IResult Unauthorized() => Error(401, 0, "401: Unauthorized");
    public static IResult NotFound() => Error(404, 0, "404: Not Found");
    public static IResult MethodNotAllowed() => Error(405, 0, "405: Method Not Allowed");
    public static IResult UnknownChannel() => Error(404, 10003, "Unknown Channel");
    public static IResult UnknownGuild() => Error(404, 10004, "Unknown Guild");
    public static IResult UnknownMember() => Error(404, 10007, "Unknown Member");
    public static IResult UnknownMessage() => Error(404, 10008, "Unknown Message");
    public static IResult UnknownUser() => Error(404, 10013, "Unknown User");
    public static IResult UnknownWebhook() => Error(404, 10015, "Unknown Webhook");
    public static IResult UnknownApplication() => Error(404, 10002, "Unknown Application");
    public static IResult UnknownInteraction() => Error(404, 10062, "Unknown interaction");
    public static IResult AlreadyAcknowledged() => Error(400, 40060, "Interaction has already been acknowledged.");
    public static IResult ThreadAlreadyCreated() => Error(400, 160004, "A thread has already been created for this message");
    public static IResult MissingAccess() => Error(403, 50001, "Missing Access");
    public static IResult EmptyMessage() => Error(400, 50006, "Cannot send an empty message");
    public static IResult CannotMessageUser() => Error(403, 50007, "Cannot send messages to this user");
    public static IResult CannotEditOthersMessage() => Error(403, 50005, "Cannot edit a message authored by another user");
    public static IResult MissingPermissions() => Error(403, 50013, "Missing Permissions");
    public static IResult InvalidWebhookToken() => Error(401, 50027, "Invalid Webhook Token");
    public static IResult InvalidJson() => Error(400, 50109, "The request body contains invalid JSON.");
    public static IResult InvalidFormBody(FormErrors errors) => Error(400, 50035, "Invalid Form Body", errors.ToJson());
}

using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Which callback types answer which interaction types, and the limits of autocomplete and modal data.</summary>
internal static class CallbackRules
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;

    public static bool Allows(int interactionType, int callbackType) => (interactionType, callbackType) switch
    {
        (1, Pong) => true,
        (4, AutocompleteResult) => true,
        (4, _) => false,
        (2, ChannelMessage or DeferredChannelMessage or Modal) => true,
        (3, ChannelMessage or DeferredChannelMessage or DeferredUpdateMessage or UpdateMessage or Modal) => true,
        // A modal cannot answer a modal submit.
        (5, ChannelMessage or DeferredChannelMessage or DeferredUpdateMessage or UpdateMessage) => true,
        _ => false,
    };

    public static void ValidateAutocomplete(JsonObject? data, FormErrors errors)
    {
        var choices = data?["choices"] as JsonArray;
        if (choices is null)
        {
            errors.Add("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }

        errors.MaxItems("data.choices", choices, 25);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i] as JsonObject;
            errors.Length($"data.choices.{i}.name", JsonRead.String(choice?["name"]), 1, 100);
            if (choice?["value"] is null)
            {
                errors.Add($"data.choices.{i}.value", "BASE_TYPE_REQUIRED", "This field is required");
            }
        }
    }

    public static void ValidateModal(JsonObject? data, FormErrors errors)
    {
        errors.Length("data.custom_id", JsonRead.String(data?["custom_id"]), 1, 100);
        errors.Length("data.title", JsonRead.String(data?["title"]), 1, 45);
        var components = data?["components"] as JsonArray;
        if (components is null || components.Count is 0 or > 5)
        {
            errors.Add("data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
        }
    }
}

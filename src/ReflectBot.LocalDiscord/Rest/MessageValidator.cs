using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Discord's limits on a message body: content, embeds, components, nonce.</summary>
internal static class MessageValidator
{
    public const int MaxContent = 2000;
    public const int ComponentsV2Flag = 1 << 15;

    public static void Validate(JsonObject body, FormErrors errors)
    {
        var content = JsonRead.OptionalString(body, "content", "content", errors);
        errors.MaxLength("content", content, MaxContent);
        if (body["embeds"] is { } embeds)
        {
            ValidateEmbeds(embeds as JsonArray, errors);
        }

        var flags = JsonRead.Integer(body["flags"]) ?? 0;
        if (body["components"] is { } components)
        {
            ValidateComponents(components as JsonArray, (flags & ComponentsV2Flag) != 0, errors);
        }

        if (body["nonce"] is { } nonce)
        {
            var text = JsonRead.String(nonce);
            if ((text is null && JsonRead.Integer(nonce) is null) || text?.Length > 25)
            {
                errors.Add("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            }
        }
    }

    /// <summary>Nothing a reader would see: no text, embeds, components, files, stickers or poll.</summary>
    public static bool IsEmpty(JsonObject message) =>
        string.IsNullOrWhiteSpace(JsonRead.String(message["content"]))
        && message["embeds"] is not JsonArray { Count: > 0 }
        && message["components"] is not JsonArray { Count: > 0 }
        && message["attachments"] is not JsonArray { Count: > 0 }
        && message["sticker_ids"] is not JsonArray { Count: > 0 }
        && message["poll"] is null;

    private static void ValidateEmbeds(JsonArray? embeds, FormErrors errors)
    {
        if (embeds is null)
        {
            errors.Add("embeds", "BASE_TYPE_ARRAY", "Must be an array.");
            return;
        }

        errors.MaxItems("embeds", embeds, 10);
        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            var path = $"embeds.{i}";
            if (embeds[i] is not JsonObject embed)
            {
                errors.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            total += Text(embed, "title", $"{path}.title", 256, errors);
            total += Text(embed, "description", $"{path}.description", 4096, errors);
            if (embed["footer"] is JsonObject footer)
            {
                total += Text(footer, "text", $"{path}.footer.text", 2048, errors);
            }

            if (embed["author"] is JsonObject author)
            {
                total += Text(author, "name", $"{path}.author.name", 256, errors);
            }

            if (embed["fields"] is JsonArray fields)
            {
                errors.MaxItems($"{path}.fields", fields, 25);
                for (var f = 0; f < fields.Count; f++)
                {
                    var fieldPath = $"{path}.fields.{f}";
                    if (fields[f] is not JsonObject field)
                    {
                        errors.Add(fieldPath, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                        continue;
                    }

                    total += Required(field, "name", $"{fieldPath}.name", 256, errors);
                    total += Required(field, "value", $"{fieldPath}.value", 1024, errors);
                }
            }
        }

        if (total > 6000)
        {
            errors.Add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }
    }

    private static int Text(JsonObject json, string name, string path, int max, FormErrors errors)
    {
        var text = JsonRead.OptionalString(json, name, path, errors);
        errors.MaxLength(path, text, max);
        return text?.Length ?? 0;
    }

    private static int Required(JsonObject json, string name, string path, int max, FormErrors errors)
    {
        var text = JsonRead.String(json[name]);
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(path, "BASE_TYPE_REQUIRED", "This field is required");
            return 0;
        }

        errors.MaxLength(path, text, max);
        return text.Length;
    }

    private static void ValidateComponents(JsonArray? components, bool componentsV2, FormErrors errors)
    {
        if (components is null)
        {
            errors.Add("components", "BASE_TYPE_ARRAY", "Must be an array.");
            return;
        }

        errors.MaxItems("components", components, componentsV2 ? 40 : 5);
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < components.Count; r++)
        {
            var rowPath = $"components.{r}";
            if (components[r] is not JsonObject row || JsonRead.Integer(row["type"]) is not { } rowType)
            {
                errors.Add(rowPath, "BASE_TYPE_REQUIRED", "This field is required");
                continue;
            }

            if (rowType != 1)
            {
                if (!componentsV2)
                {
                    errors.Add($"{rowPath}.type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).");
                }

                continue;
            }

            var children = row["components"] as JsonArray ?? [];
            if (children.Count is 0 or > 5)
            {
                errors.Add($"{rowPath}.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
            }

            var hasSelect = false;
            for (var c = 0; c < children.Count; c++)
            {
                if (children[c] is JsonObject child)
                {
                    hasSelect |= ValidateInteractive(child, $"{rowPath}.components.{c}", customIds, errors);
                }
            }

            if (hasSelect && children.Count > 1)
            {
                errors.Add($"{rowPath}.components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width");
            }
        }
    }

    /// <summary>Checks a button or select; true when it is a select (which fills a row alone).</summary>
    private static bool ValidateInteractive(JsonObject component, string path, HashSet<string> customIds, FormErrors errors)
    {
        var type = JsonRead.Integer(component["type"]);
        var customId = JsonRead.String(component["custom_id"]);
        if (type == 2)
        {
            errors.MaxLength($"{path}.label", JsonRead.String(component["label"]), 80);
            var style = JsonRead.Integer(component["style"]);
            if (style == 5)
            {
                if (JsonRead.String(component["url"]) is null)
                {
                    errors.Add($"{path}.url", "BASE_TYPE_REQUIRED", "This field is required");
                }

                return false;
            }

            if (style == 6)
            {
                return false;
            }
        }

        if (type is 2 or 3 or 5 or 6 or 7 or 8)
        {
            if (customId is null)
            {
                errors.Add($"{path}.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
            }
            else
            {
                errors.Length($"{path}.custom_id", customId, 1, 100);
                if (!customIds.Add(customId))
                {
                    errors.Add($"{path}.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
                }
            }
        }

        if (type is 3 or 5 or 6 or 7 or 8)
        {
            errors.MaxLength($"{path}.placeholder", JsonRead.String(component["placeholder"]), 150);
        }

        if (type == 3)
        {
            var options = component["options"] as JsonArray;
            if (options is null || options.Count is 0 or > 25)
            {
                errors.Add($"{path}.options", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
            }

            for (var o = 0; o < (options?.Count ?? 0); o++)
            {
                if (options![o] is JsonObject option)
                {
                    errors.Length($"{path}.options.{o}.label", JsonRead.String(option["label"]), 1, 100);
                    errors.Length($"{path}.options.{o}.value", JsonRead.String(option["value"]), 1, 100);
                    errors.MaxLength($"{path}.options.{o}.description", JsonRead.String(option["description"]), 100);
                }
            }
        }

        return type is 3 or 5 or 6 or 7 or 8;
    }
}

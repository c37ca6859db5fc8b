using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Discord's rules for a bulk overwrite of application commands.</summary>
internal static partial class CommandValidator
{
    public const int ChatInput = 1;
    private const int SubCommand = 1;
    private const int SubCommandGroup = 2;
    private const int MaxOptions = 25;

    public static void Validate(JsonArray commands, FormErrors errors)
    {
        if (commands.Count(c => (JsonRead.Integer((c as JsonObject)?["type"]) ?? ChatInput) == ChatInput) > 100)
        {
            errors.Add(string.Empty, "APPLICATION_COMMAND_TOO_MANY", "Maximum number of application commands reached (100).");
        }

        var seen = new HashSet<(long, string)>();
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not JsonObject command)
            {
                errors.Add($"{i}", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            var type = JsonRead.Integer(command["type"]) ?? ChatInput;
            if (type is < 1 or > 4)
            {
                errors.Add($"{i}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
            }

            var name = JsonRead.String(command["name"]);
            var description = JsonRead.String(command["description"]);
            if (type == ChatInput)
            {
                ValidateName($"{i}.name", name, errors);
                errors.Length($"{i}.description", description, 1, 100);
                var options = command["options"] as JsonArray;
                ValidateOptions($"{i}.options", options, depth: 0, errors);
                if (Characters(command) > 8000)
                {
                    errors.Add($"{i}", "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
                }
            }
            else
            {
                errors.Length($"{i}.name", name, 1, 32);
                if (!string.IsNullOrEmpty(description))
                {
                    errors.Add($"{i}.description", "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", "Context menu commands cannot have description");
                }
            }

            if (name is not null && !seen.Add((type, name)))
            {
                errors.Add($"{i}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique: {name}");
            }
        }
    }

    private static void ValidateName(string path, string? name, FormErrors errors)
    {
        if (name is null || !NamePattern().IsMatch(name))
        {
            errors.Add(path, "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid");
        }
        else if (!string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            errors.Add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name must be lower case");
        }
    }

    private static void ValidateOptions(string path, JsonArray? options, int depth, FormErrors errors)
    {
        if (options is null)
        {
            return;
        }

        errors.MaxItems(path, options, MaxOptions);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var optionalSeen = false;
        var kinds = new HashSet<bool>();
        for (var o = 0; o < options.Count; o++)
        {
            var optionPath = $"{path}.{o}";
            if (options[o] is not JsonObject option)
            {
                errors.Add(optionPath, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            var type = JsonRead.Integer(option["type"]) ?? 0;
            var name = JsonRead.String(option["name"]);
            ValidateName($"{optionPath}.name", name, errors);
            errors.Length($"{optionPath}.description", JsonRead.String(option["description"]), 1, 100);
            if (name is not null && !names.Add(name))
            {
                errors.Add($"{optionPath}.name", "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS", "Option names must be unique");
            }

            if (type is < 1 or > 11)
            {
                errors.Add($"{optionPath}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.");
                continue;
            }

            var isSubcommand = type is SubCommand or SubCommandGroup;
            kinds.Add(isSubcommand);
            if (isSubcommand)
            {
                // A group holds subcommands, a subcommand holds plain options: never deeper than that.
                if ((type == SubCommandGroup && depth > 0) || depth > 1)
                {
                    errors.Add($"{optionPath}.type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-command nesting is too deep");
                }

                ValidateOptions($"{optionPath}.options", option["options"] as JsonArray, depth + 1, errors);
                continue;
            }

            var required = JsonRead.Boolean(option["required"]) ?? false;
            if (required && optionalSeen)
            {
                errors.Add($"{optionPath}.required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            optionalSeen |= !required;
            ValidateChoices(optionPath, option, errors);
            foreach (var bound in new[] { "min_length", "max_length" })
            {
                if (JsonRead.Integer(option[bound]) is { } length && length is < 0 or > 6000)
                {
                    errors.Add($"{optionPath}.{bound}", "NUMBER_TYPE_MAX", "Must be between 0 and 6000.");
                }
            }
        }

        if (kinds.Count > 1)
        {
            errors.Add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-command and sub-command group option types are mutually exclusive to all other types");
        }
    }

    private static void ValidateChoices(string path, JsonObject option, FormErrors errors)
    {
        if (option["choices"] is not JsonArray choices)
        {
            return;
        }

        errors.MaxItems($"{path}.choices", choices, MaxOptions);
        if (JsonRead.Boolean(option["autocomplete"]) == true && choices.Count > 0)
        {
            errors.Add($"{path}.autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_AND_CHOICES", "Autocomplete cannot be set with choices");
        }

        for (var c = 0; c < choices.Count; c++)
        {
            var choice = choices[c] as JsonObject;
            errors.Length($"{path}.choices.{c}.name", JsonRead.String(choice?["name"]), 1, 100);
            if (JsonRead.String(choice?["value"]) is { } text)
            {
                errors.Length($"{path}.choices.{c}.value", text, 1, 100);
            }
        }
    }

    /// <summary>Discord counts names, descriptions and choice names/values toward a command's 8,000 characters.</summary>
    private static int Characters(JsonNode? node) => node switch
    {
        JsonObject json => json.Sum(pair => pair.Key is "name" or "description" or "value" && JsonRead.String(pair.Value) is { } text
            ? text.Length
            : pair.Key is "options" or "choices" ? Characters(pair.Value) : 0),
        JsonArray array => array.Sum(Characters),
        _ => 0,
    };

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}

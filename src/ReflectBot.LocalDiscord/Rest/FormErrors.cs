using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Collects field errors into Discord's nested shape: {"embeds": {"0": {"title": {"_errors": [...]}}}}.</summary>
internal sealed class FormErrors
{
    private readonly List<(string Path, string Code, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<(string Path, string Code, string Message)> Items => _errors;

    public void Add(string path, string code, string message) => _errors.Add((path, code, message));

    public void MaxLength(string path, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
    }

    public void Length(string path, string? value, int min, int max)
    {
        if (value is null || value.Length < min || value.Length > max)
        {
            Add(path, "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");
        }
    }

    public void MaxItems(string path, JsonArray? items, int max)
    {
        if (items is not null && items.Count > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
    }

    public JsonObject ToJson()
    {
        var root = new JsonObject();
        foreach (var (path, code, message) in _errors)
        {
            var node = root;
            foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                if (node[part] is not JsonObject child)
                {
                    node[part] = child = new JsonObject();
                }

                node = child;
            }

            if (node["_errors"] is not JsonArray list)
            {
                node["_errors"] = list = new JsonArray();
            }

            list.Add(new JsonObject { ["code"] = code, ["message"] = message });
        }

        return root;
    }
}

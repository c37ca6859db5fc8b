using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>Reads every text a person typed into a submitted modal, in order.</summary>
public static class ModalText
{
    public static IReadOnlyList<string> AllValues(InteractionData? data)
    {
        var values = new List<string>();
        Collect(data?.Components, values);
        return values;
    }

    private static void Collect(IReadOnlyList<Component>? components, List<string> values)
    {
        foreach (var component in components ?? [])
        {
            if (component is null)
            {
                continue;
            }

            if (component.Value is { Length: > 0 } value)
            {
                values.Add(value);
            }

            if (component.Child is { } child)
            {
                Collect([child], values);
            }

            Collect(component.Components, values);
        }
    }
}

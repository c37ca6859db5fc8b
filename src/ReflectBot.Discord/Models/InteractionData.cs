namespace ReflectBot.Discord.Models;

/// <summary>
/// The data of a command, component or modal-submit interaction in one record;
/// which fields are set depends on the interaction type.
/// </summary>
public sealed record InteractionData
{
    public Snowflake? Id { get; init; }
    public string? Name { get; init; }
    public ApplicationCommandType? Type { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public ResolvedData? Resolved { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? TargetId { get; init; }
    public string? CustomId { get; init; }
    public ComponentType? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>The command name followed by any subcommand group and subcommand, e.g. ["journal", "entry", "add"].</summary>
    public IReadOnlyList<string> CommandPath
    {
        get
        {
            var path = new List<string>();
            if (Name is not null)
            {
                path.Add(Name);
            }

            var options = Options;
            while (FirstSubcommand(options) is { } subcommand)
            {
                path.Add(subcommand.Name);
                options = subcommand.Options;
            }

            return path;
        }
    }

    /// <summary>The value-carrying options below any subcommand group and subcommand.</summary>
    public IReadOnlyList<InteractionDataOption> LeafOptions
    {
        get
        {
            var options = Options;
            while (FirstSubcommand(options) is { } subcommand)
            {
                options = subcommand.Options;
            }

            return Present(options);
        }
    }

    /// <summary>The option the user is typing into during autocomplete.</summary>
    public InteractionDataOption? FocusedOption => LeafOptions.FirstOrDefault(option => option.Focused == true);

    public InteractionDataOption? GetOption(string name)
        => LeafOptions.FirstOrDefault(option => string.Equals(option.Name, name, StringComparison.Ordinal));

    public string? GetString(string name) => GetOption(name)?.AsString();

    public long? GetInt64(string name) => GetOption(name)?.AsInt64();

    public double? GetDouble(string name) => GetOption(name)?.AsDouble();

    public bool? GetBoolean(string name) => GetOption(name)?.AsBoolean();

    public Snowflake? GetSnowflake(string name) => GetOption(name)?.AsSnowflake();

    /// <summary>The submitted text of a modal input, found inside Labels or legacy action rows.</summary>
    public string? GetModalValue(string customId) => FindModalComponent(Components, customId)?.Value;

    /// <summary>Every input of a submitted modal, in the order the person saw them.</summary>
    public IEnumerable<Component> ModalInputs() => ModalInputsIn(Components);

    /// <summary>The chosen values of a select inside a modal.</summary>
    public IReadOnlyList<string>? GetModalValues(string customId) => FindModalComponent(Components, customId)?.Values;

    private static InteractionDataOption? FirstSubcommand(IReadOnlyList<InteractionDataOption>? options)
        => Present(options) is [{ Type: ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup } subcommand, ..]
            ? subcommand
            : null;

    // JSON lists may hold nulls whatever the element type says; helpers skip them rather than crash.
    private static IReadOnlyList<T> Present<T>(IReadOnlyList<T>? items)
        where T : class
        => items is null ? [] : items.Any(item => item is null) ? items.Where(item => item is not null).ToList() : items;

    private static Component? FindModalComponent(IReadOnlyList<Component>? components, string customId)
        => ModalInputsIn(components).FirstOrDefault(component => string.Equals(component.CustomId, customId, StringComparison.Ordinal));

    // Labels wrap their input in `component`; older modals put inputs in action rows. Walks both, in order.
    private static IEnumerable<Component> ModalInputsIn(IReadOnlyList<Component>? components)
    {
        foreach (var component in Present(components))
        {
            if (component.CustomId is not null)
            {
                yield return component;
            }

            var inLabel = component.Child is { } child ? ModalInputsIn([child]) : [];
            foreach (var inner in inLabel.Concat(ModalInputsIn(component.Components)))
            {
                yield return inner;
            }
        }
    }
}

namespace ReflectBot.Interactions;

/// <summary>The budgets a person's interactions are counted against; each is counted on its own.</summary>
public enum UserActionKind
{
    /// <summary>A slash command.</summary>
    Command,

    /// <summary>A button click or a menu choice. Form submits are never limited, so nothing written is lost.</summary>
    Click,

    /// <summary>An autocomplete request while typing an option.</summary>
    Suggestion,
}

namespace ReflectBot.Interactions;

/// <summary>The budgets a person's interactions are counted against; each is counted on its own.</summary>
public enum UserActionKind
{
    /// <summary>A slash command.</summary>
    Command,

    /// <summary>A button click, a menu choice or a form submit.</summary>
    Click,

    /// <summary>An autocomplete request while typing an option.</summary>
    Suggestion,
}

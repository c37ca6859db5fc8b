namespace ReflectBot.Data.Privacy;

/// <summary>What deleting a person's data removed: rows per table.</summary>
public sealed record UserDataDeletion(IReadOnlyDictionary<string, int> RowsByTable)
{
    /// <summary>All rows removed.</summary>
    public int Total => RowsByTable.Values.Sum();
}

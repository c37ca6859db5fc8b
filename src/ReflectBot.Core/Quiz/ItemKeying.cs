namespace ReflectBot.Core.Quiz;

/// <summary>
/// Whether agreeing with an item raises its dimension (direct) or lowers it (reverse). Mixing both keeps
/// a habit of always agreeing from looking like a high score.
/// </summary>
public enum ItemKeying
{
    Direct,
    Reverse,
}

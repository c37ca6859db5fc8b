using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Tests.Quiz;

/// <summary>Items built in code, for logic tests that need no files.</summary>
internal static class TestItems
{
    public static QuizItem Item(string id, AttachmentDimension dimension, ItemKeying keying = ItemKeying.Direct, bool inShort = false, int order = 1) =>
        new() { Id = id, Text = "Statement " + id, Dimension = dimension, Keying = keying, InShortMode = inShort, Order = order };

    /// <summary>The same shape as the real instrument: 12 + 12 items, the first four of each reverse-keyed, the first six short.</summary>
    public static QuizInstrument Instrument() =>
        new(Enumerable.Range(1, 12).SelectMany(i => new[]
        {
            Item($"anxiety-{i:00}", AttachmentDimension.Anxiety, i <= 4 ? ItemKeying.Reverse : ItemKeying.Direct, i <= 6, (2 * i) - 1),
            Item($"avoidance-{i:00}", AttachmentDimension.Avoidance, i <= 4 ? ItemKeying.Reverse : ItemKeying.Direct, i <= 6, 2 * i),
        }));
}

using ReflectBot.Core.Quiz;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Quiz;

/// <summary>A minimal valid quiz (12 + 12 items, 4 + 4 reverse, short mode 6 + 6 with 2 + 2 reverse, four patterns).</summary>
internal static class QuizContent
{
    public static void WriteValid(TempPromptsFolder prompts)
    {
        Directory.CreateDirectory(Path.Combine(prompts.Path, "quiz", "items"));
        Directory.CreateDirectory(Path.Combine(prompts.Path, "quiz", "patterns"));
        for (var i = 1; i <= 12; i++)
        {
            prompts.Write($"quiz/items/anxiety-{i:00}.yaml", Item($"anxiety-{i:00}", "anxiety", Keying(i), Short(i), (2 * i) - 1));
            prompts.Write($"quiz/items/avoidance-{i:00}.yaml", Item($"avoidance-{i:00}", "avoidance", Keying(i), Short(i), 2 * i));
        }

        foreach (var id in AttachmentPatternIds.All)
        {
            prompts.Write($"quiz/patterns/{id}.yaml", Pattern(id));
        }
    }

    public static string Item(string id, string dimension, string keying, bool isShort, int order) => $"""
        id: {id}
        text: Statement {id}.
        dimension: {dimension}
        keying: {keying}
        short: {(isShort ? "true" : "false")}
        order: {order}
        """;

    public static string Pattern(string id) => $"""
        id: {id}
        title: Title of {id}
        summary: Your answers lean toward {id}.
        after_closeness: How it shows up.
        what_helps: One practice.
        can_change: Styles can change.
        next_step: See /help.
        """;

    // Items 1 to 4 are reverse-keyed and 1 to 6 are in the short mode, so both modes have reverse items.
    private static string Keying(int i) => i <= 4 ? "reverse" : "direct";

    private static bool Short(int i) => i <= 6;
}

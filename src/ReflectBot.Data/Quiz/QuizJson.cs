using System.Text.Json;

namespace ReflectBot.Data.Quiz;

/// <summary>How item ids and answers look in their JSON array columns.</summary>
internal static class QuizJson
{
    public static string ItemIds(IReadOnlyList<string> itemIds) =>
        JsonSerializer.Serialize(itemIds.ToArray(), QuizJsonContext.Default.StringArray);

    public static string Answers(IReadOnlyList<int> answers) =>
        JsonSerializer.Serialize(answers.ToArray(), QuizJsonContext.Default.Int32Array);

    public static string[] ParseItemIds(string json) =>
        JsonSerializer.Deserialize(json, QuizJsonContext.Default.StringArray) ?? [];

    public static int[] ParseAnswers(string json) =>
        JsonSerializer.Deserialize(json, QuizJsonContext.Default.Int32Array) ?? [];
}

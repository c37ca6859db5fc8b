using ReflectBot.Core.Cards;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Cards;

/// <summary>A minimal valid prompts/cards/ folder: 20 cards across the themes, each related to the next; every fourth is mature.</summary>
internal static class CardContent
{
    public const int Count = CardLimits.MinCards;

    public static void WriteValid(TempPromptsFolder prompts)
    {
        Directory.CreateDirectory(Path.Combine(prompts.Path, "cards"));
        for (var i = 1; i <= Count; i++)
        {
            prompts.Write($"cards/{IdOf(i)}.yaml", Card(IdOf(i), related: $"[{IdOf((i % Count) + 1)}]", mature: i % 4 == 0));
        }
    }

    public static string IdOf(int i) => $"card-{i:00}";

    public static string Card(string id, string related, bool mature = false, string theme = CardThemes.Hormones, string sources = "[oxytocin-bonding]", string body = "A short explanation.") =>
        $"""
        id: {id}
        title: About {id}
        summary: What {id} explains.
        theme: {theme}
        mature: {(mature ? "true" : "false")}
        sources: {sources}
        related: {related}
        body: |
          {body}
        """;
}

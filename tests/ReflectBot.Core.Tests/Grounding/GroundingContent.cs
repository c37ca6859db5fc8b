using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Grounding;

/// <summary>A minimal valid prompts/grounding/ folder: one paced exercise and one moved on by Next.</summary>
internal static class GroundingContent
{
    public const string Paced = """
        id: square
        title: Square breathing
        summary: In, hold, out, hold.
        paced: true
        steps:
          - text: In
            seconds: 4
          - text: Hold
            seconds: 2
        repeat: 3
        closing: |
          Done. See /help if it is still too much.
        """;

    public const string Stepped = """
        id: senses
        title: Senses
        summary: Look around.
        paced: false
        steps:
          - text: See five things.
          - text: Touch four things.
            seconds: 10
        closing: Done. See /help.
        """;

    public static void WriteValid(TempPromptsFolder prompts)
    {
        Directory.CreateDirectory(Path.Combine(prompts.Path, "grounding"));
        prompts.Write("grounding/square.yaml", Paced);
        prompts.Write("grounding/senses.yaml", Stepped);
    }
}

using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Safety;

/// <summary>A minimal valid prompts/crisis/ folder: the four required categories and the default resources.</summary>
internal static class CrisisContent
{
    public const string Suicide = """
        id: suicide
        label: Thoughts of suicide
        phrases:
          - want to die
          - kill myself
        safe_phrases:
          - kill myself laughing
        """;

    public const string Resources = """
        id: default
        text: |
          Call your local emergency number if you are in danger. Find a helpline at https://findahelpline.com.
        """;

    public static void WriteValid(TempPromptsFolder prompts)
    {
        Directory.CreateDirectory(Path.Combine(prompts.Path, "crisis", "resources"));
        prompts.Write("crisis/suicide.yaml", Suicide);
        prompts.Write("crisis/self-harm.yaml", Category("self-harm", "hurt myself"));
        prompts.Write("crisis/abuse.yaml", Category("abuse", "he hits me"));
        prompts.Write("crisis/sexual-violence.yaml", Category("sexual-violence", "raped me"));
        prompts.Write("crisis/resources/default.yaml", Resources);
    }

    public static string Category(string id, string phrase) => $"""
        id: {id}
        label: Label of {id}
        phrases:
          - {phrase}
        """;
}

namespace ReflectBot.Core.Safety;

/// <summary>The sizes prompts/crisis/ must keep.</summary>
public static class CrisisLimits
{
    public const int LabelMaxLength = 80;
    public const int MaxPhraseWords = 8;
    public const int PhraseMaxLength = 100;
    public const int MaxPhrases = 500;
    public const int MaxSafePhrases = 200;

    /// <summary>The default resources go into one embed field, which holds 1024 characters.</summary>
    public const int ResourcesMaxLength = 1024;
}

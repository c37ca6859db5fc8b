namespace ReflectBot.Core.Quiz;

/// <summary>The four patterns the two scores point to; each has an explainer in prompts/quiz/patterns/.</summary>
public enum AttachmentPattern
{
    /// <summary>Low anxiety, low avoidance.</summary>
    Secure,

    /// <summary>High anxiety, low avoidance.</summary>
    Anxious,

    /// <summary>Low anxiety, high avoidance.</summary>
    Avoidant,

    /// <summary>High anxiety, high avoidance; also called disorganized.</summary>
    FearfulAvoidant,
}

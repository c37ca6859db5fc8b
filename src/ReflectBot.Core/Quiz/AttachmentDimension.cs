namespace ReflectBot.Core.Quiz;

/// <summary>The two scales the quiz measures, as research instruments of this kind do.</summary>
public enum AttachmentDimension
{
    /// <summary>Worry about being left or loved less.</summary>
    Anxiety,

    /// <summary>Unease with closeness and leaning on others.</summary>
    Avoidance,
}

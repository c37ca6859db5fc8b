namespace ReflectBot.Core.Quiz;

/// <summary>The two dimension scores, each the mean of its items on the 1–7 scale.</summary>
public sealed record QuizScores(double Anxiety, double Avoidance)
{
    public double Of(AttachmentDimension dimension) =>
        dimension == AttachmentDimension.Anxiety ? Anxiety : Avoidance;
}

using Microsoft.Extensions.Options;

namespace ReflectBot.Core.Quiz;

/// <summary>
/// Turns the two scores into a pattern: each dimension is high when strictly above the cut-off, so a score
/// exactly on the line counts as low (the gentler reading, and always the same one). A score within the band
/// of the cut-off adds the pattern across that line as a neighbour.
/// </summary>
public sealed class PatternClassifier(IOptions<QuizOptions> options)
{
    private readonly QuizOptions _options = options.Value;

    public QuizOutcome Classify(QuizScores scores)
    {
        var highAnxiety = scores.Anxiety > _options.CutOff;
        var highAvoidance = scores.Avoidance > _options.CutOff;
        var anxietyNear = Math.Abs(scores.Anxiety - _options.CutOff) <= _options.NearLineBand;
        var avoidanceNear = Math.Abs(scores.Avoidance - _options.CutOff) <= _options.NearLineBand;

        var near = new List<AttachmentPattern>();
        if (anxietyNear)
        {
            near.Add(PatternOf(!highAnxiety, highAvoidance));
        }

        if (avoidanceNear)
        {
            near.Add(PatternOf(highAnxiety, !highAvoidance));
        }

        // Near both lines the point sits close to the centre, where the opposite corner is as near as the others.
        if (anxietyNear && avoidanceNear)
        {
            near.Add(PatternOf(!highAnxiety, !highAvoidance));
        }

        return new QuizOutcome(scores, PatternOf(highAnxiety, highAvoidance), near)
        {
            AnxietyNearLine = anxietyNear,
            AvoidanceNearLine = avoidanceNear,
        };
    }

    private static AttachmentPattern PatternOf(bool highAnxiety, bool highAvoidance) => (highAnxiety, highAvoidance) switch
    {
        (false, false) => AttachmentPattern.Secure,
        (true, false) => AttachmentPattern.Anxious,
        (false, true) => AttachmentPattern.Avoidant,
        (true, true) => AttachmentPattern.FearfulAvoidant,
    };
}

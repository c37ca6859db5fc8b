using Microsoft.Extensions.Options;
using ReflectBot.Core.Quiz;
using ReflectBot.Data.Quiz;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Quiz;

/// <summary>Draws a result on the anxiety × avoidance plane, with the person's earlier results as fainter points.</summary>
public sealed class QuizPicture(QuizRepository repository, QuizContent content, QuizChartRenderer renderer, IOptions<QuizOptions> options)
{
    private const string YouLabel = "You";

    /// <summary>The private picture: this result and up to a dozen earlier ones of the same person.</summary>
    public async Task<byte[]> RenderAsync(ulong userId, QuizScores scores, long resultId, CancellationToken cancellationToken)
    {
        var earlier = (await repository.GetResultsAsync(userId, QuizChartRenderer.MaxEarlierPoints + 1, cancellationToken))
            .Where(r => r.Id != resultId)
            .Take(QuizChartRenderer.MaxEarlierPoints)
            .Select(r => new EarlierChartPoint(new ChartPoint(r.Anxiety, r.Avoidance), r.TakenAt))
            .ToList();
        return Render(scores, earlier);
    }

    /// <summary>The shared picture: this result alone, since earlier results stay private.</summary>
    public byte[] RenderAlone(QuizScores scores) => Render(scores, []);

    private byte[] Render(QuizScores scores, IReadOnlyList<EarlierChartPoint> earlier)
    {
        var labels = new QuizChartLabels(
            content.Explainer(AttachmentPattern.Secure).Title,
            content.Explainer(AttachmentPattern.Anxious).Title,
            content.Explainer(AttachmentPattern.Avoidant).Title,
            content.Explainer(AttachmentPattern.FearfulAvoidant).Title,
            "Anxiety (1–7)",
            "Avoidance (1–7)",
            YouLabel);
        return renderer.Render(new QuizChart(new ChartPoint(scores.Anxiety, scores.Avoidance), earlier, options.Value.CutOff, labels));
    }
}

using Microsoft.Extensions.Options;
using ReflectBot.Core.Quiz;
using ReflectBot.Data.Quiz;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Quiz;

/// <summary>
/// Draws a result on the anxiety × avoidance plane, with the person's earlier results as fainter points. Drawing is
/// the heaviest thing the bot does (about 7 ms of CPU, nearly all of it PNG encoding), and quizzes started together
/// finish together: so at most half the cores draw at once, and the rest stay free to answer everyone else.
/// </summary>
public sealed class QuizPicture(QuizRepository repository, QuizContent content, QuizChartRenderer renderer, IOptions<QuizOptions> options)
    : IDisposable
{
    private const string YouLabel = "You";

    private readonly SemaphoreSlim _drawing = new(DrawingSlots, DrawingSlots);

    /// <summary>How many pictures may be drawn at once: half the cores, at least one.</summary>
    public static int DrawingSlots { get; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>The private picture: this result and up to a dozen earlier ones of the same person.</summary>
    public async Task<byte[]> RenderAsync(ulong userId, QuizScores scores, long resultId, CancellationToken cancellationToken)
    {
        var earlier = (await repository.GetResultsAsync(userId, QuizChartRenderer.MaxEarlierPoints + 1, cancellationToken))
            .Where(r => r.Id != resultId)
            .Take(QuizChartRenderer.MaxEarlierPoints)
            .Select(r => new EarlierChartPoint(new ChartPoint(r.Anxiety, r.Avoidance), r.TakenAt))
            .ToList();
        return await RenderAsync(scores, earlier, cancellationToken);
    }

    /// <summary>The shared picture: this result alone, since earlier results stay private.</summary>
    public Task<byte[]> RenderAloneAsync(QuizScores scores, CancellationToken cancellationToken) => RenderAsync(scores, [], cancellationToken);

    public void Dispose() => _drawing.Dispose();

    private async Task<byte[]> RenderAsync(QuizScores scores, IReadOnlyList<EarlierChartPoint> earlier, CancellationToken cancellationToken)
    {
        await _drawing.WaitAsync(cancellationToken);
        try
        {
            return Render(scores, earlier);
        }
        finally
        {
            _drawing.Release();
        }
    }

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

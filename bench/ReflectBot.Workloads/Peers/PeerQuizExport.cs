using System.Text.Json;
using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;

namespace ReflectBot.Workloads.Peers;

/// <summary>
/// Writes the quiz file the discord.js peer reads (PEER_QUIZ) from ReflectBot's own content, so both bots
/// ask the same statements in the same order and score them the same way.
/// </summary>
public static class PeerQuizExport
{
    /// <summary>Loads the content under <paramref name="promptsPath"/> and writes the short quiz to <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, string promptsPath, CancellationToken cancellationToken)
    {
        var catalog = await new ContentLoader().LoadOrThrowAsync(promptsPath, cancellationToken);
        var bytes = Serialize(QuizInstrument.FromCatalog(catalog), catalog.All<PatternExplainer>(), new QuizOptions().CutOff);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
    }

    /// <summary>The peer's quiz JSON: short-mode items in order, the seven labels, the cut-off and each pattern's title and summary.</summary>
    public static byte[] Serialize(QuizInstrument instrument, IReadOnlyDictionary<string, PatternExplainer> explainers, double cutOff)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("labels");
            foreach (var label in AgreementScale.Labels)
            {
                json.WriteStringValue(label);
            }

            json.WriteEndArray();
            json.WriteNumber("cutOff", cutOff);
            json.WriteStartArray("items");
            foreach (var item in instrument.ItemsFor(QuizMode.Short))
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("text", item.Text);
                json.WriteString("dimension", item.Dimension == AttachmentDimension.Anxiety ? "anxiety" : "avoidance");
                json.WriteBoolean("reverse", item.Keying == ItemKeying.Reverse);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("patterns");
            foreach (var id in AttachmentPatternIds.All)
            {
                var explainer = explainers.TryGetValue(id, out var found)
                    ? found
                    : throw new InvalidOperationException($"The content has no explainer for the pattern '{id}'.");
                json.WriteStartObject(id);
                json.WriteString("title", explainer.Title);
                json.WriteString("text", explainer.Summary.Trim());
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}

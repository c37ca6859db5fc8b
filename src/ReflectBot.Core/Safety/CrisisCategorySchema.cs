using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Safety;

/// <summary>prompts/crisis/*.yaml: one list of crisis phrases per category, with the idioms that only look like one.</summary>
public sealed class CrisisCategorySchema : ContentKind<CrisisCategory>
{
    public override string Folder => "crisis";

    /// <summary>A missing list would silently stop the bot noticing someone in danger, so these must be there.</summary>
    public override IReadOnlyCollection<string> RequiredIds { get; } = ["suicide", "self-harm", "abuse", "sexual-violence"];

    protected override CrisisCategory Read(MappingReader root, string id)
    {
        var label = root.RequiredText("label", CrisisLimits.LabelMaxLength, singleLine: true) ?? "";
        var phrases = root.RequiredTexts("phrases", CrisisLimits.MaxPhrases, CrisisLimits.PhraseMaxLength, CheckPhrase) ?? [];
        var safePhrases = root.OptionalTexts("safe_phrases", CrisisLimits.MaxSafePhrases, CrisisLimits.PhraseMaxLength, CheckPhrase) ?? [];

        // A safe phrase only ever silences a phrase of its own category; one that holds none of them is a mistake.
        if (phrases.Count > 0 && safePhrases.Count > 0)
        {
            var detector = new CrisisDetector([new CrisisCategory { Id = id, Label = label, Phrases = phrases }]);
            foreach (var safePhrase in safePhrases.Where(safePhrase => CrisisSlots.Expand(safePhrase).Any(expanded => detector.Find(expanded) is null)))
            {
                root.ReportAt("safe_phrases", $"safe phrase '{safePhrase}' contains none of the phrases of this file, so it would change nothing");
            }
        }

        return new CrisisCategory { Id = id, Label = label, Phrases = phrases, SafePhrases = safePhrases };
    }

    private static string? CheckPhrase(string phrase) => CrisisSlots.CheckBraces(phrase) ?? CheckWords(phrase);

    // The placeholder is one word wherever it stands, so the expansions are counted, not the phrase as written.
    private static string? CheckWords(string phrase) => CrisisSlots.Expand(phrase).Max(expanded => CrisisText.Words(expanded).Count) switch
    {
        0 => "has no letters or digits, so it can never match",
        > CrisisLimits.MaxPhraseWords and var count => $"has {count} words; the limit is {CrisisLimits.MaxPhraseWords}",
        _ => null,
    };
}

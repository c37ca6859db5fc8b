using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Quiz;

/// <summary>prompts/quiz/patterns/*.yaml: one explainer for each of the four patterns, all required.</summary>
public sealed class PatternExplainerSchema : ContentKind<PatternExplainer>
{
    public override string Folder => "quiz/patterns";

    public override IReadOnlyCollection<string> RequiredIds => AttachmentPatternIds.All;

    protected override PatternExplainer Read(MappingReader root, string id)
    {
        var title = root.RequiredText("title", QuizContentLimits.PatternTitle, singleLine: true) ?? "";
        var alsoCalled = root.OptionalText("also_called", QuizContentLimits.PatternTitle, singleLine: true);
        var summary = root.RequiredText("summary", QuizContentLimits.PatternSummary) ?? "";
        var afterCloseness = root.RequiredText("after_closeness", QuizContentLimits.PatternField) ?? "";
        var whatHelps = root.RequiredText("what_helps", QuizContentLimits.PatternField) ?? "";
        var canChange = root.RequiredText("can_change", QuizContentLimits.PatternField) ?? "";
        var nextStep = root.RequiredText("next_step", QuizContentLimits.PatternField) ?? "";

        var total = title.Length + (alsoCalled?.Length ?? 0) + summary.Length + afterCloseness.Length + whatHelps.Length + canChange.Length + nextStep.Length;
        if (total > QuizContentLimits.PatternTotal)
        {
            root.Report($"the texts together are {total} characters long; the limit is {QuizContentLimits.PatternTotal}");
        }

        if (!nextStep.Contains("/help", StringComparison.Ordinal))
        {
            root.ReportAt("next_step", "'next_step' must point to /help");
        }

        return new PatternExplainer
        {
            Id = id,
            Title = title,
            AlsoCalled = alsoCalled,
            Summary = summary,
            AfterCloseness = afterCloseness,
            WhatHelps = whatHelps,
            CanChange = canChange,
            NextStep = nextStep,
        };
    }
}

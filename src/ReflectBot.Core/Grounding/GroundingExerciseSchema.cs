using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Grounding;

/// <summary>prompts/grounding/*.yaml: one exercise each; paced ones time every step and stay under ten minutes.</summary>
public sealed class GroundingExerciseSchema : ContentKind<GroundingExercise>
{
    public override string Folder => "grounding";

    protected override GroundingExercise Read(MappingReader root, string id)
    {
        var title = root.RequiredText("title", GroundingLimits.TitleMaxLength, singleLine: true) ?? "";
        var summary = root.RequiredText("summary", GroundingLimits.SummaryMaxLength, singleLine: true) ?? "";
        var paced = root.RequiredBoolean("paced") ?? false;
        var steps = ReadSteps(root, paced);
        var repeat = ReadRepeat(root, paced);
        var closing = root.RequiredText("closing", GroundingLimits.ClosingMaxLength) ?? "";

        if (paced && steps.All(step => step.Seconds is not null))
        {
            var total = TimeSpan.FromSeconds(steps.Sum(step => step.Seconds!.Value) * (long)repeat);
            if (total > GroundingLimits.MaxPacedDuration)
            {
                root.Report($"a paced exercise may last at most {GroundingLimits.MaxPacedDuration.TotalMinutes:0} minutes, but its steps × repeat take {total.TotalSeconds:0} seconds");
            }
        }

        return new GroundingExercise
        {
            Id = id,
            Title = title,
            Summary = summary,
            Paced = paced,
            Steps = steps,
            Repeat = repeat,
            Closing = closing,
        };
    }

    protected override void CheckTogether(ContentSet<GroundingExercise> set)
    {
        if (set.Items.Count == 0)
        {
            set.Report("there is no grounding exercise; at least one is needed");
        }
        else if (set.Items.Count > GroundingLimits.MaxExercises)
        {
            set.Report($"there are {set.Items.Count} grounding exercises; at most {GroundingLimits.MaxExercises} fit the menu");
        }
    }

    private static List<GroundingStep> ReadSteps(MappingReader root, bool paced)
    {
        if (!root.Has("steps"))
        {
            root.Report("missing required key 'steps'");
            return [];
        }

        var readers = root.OptionalList("steps", GroundingLimits.MaxSteps);
        if (readers.Count == 0)
        {
            root.ReportAt("steps", "'steps' needs at least one step");
        }

        var steps = new List<GroundingStep>(readers.Count);
        for (var i = 0; i < readers.Count; i++)
        {
            var step = readers[i];
            var text = step.RequiredText("text", GroundingLimits.StepTextMaxLength) ?? "";
            int? seconds;
            if (paced)
            {
                if (!step.Has("seconds"))
                {
                    step.Report($"step {i + 1} of a paced exercise needs 'seconds' ({GroundingLimits.MinStepSeconds} to {GroundingLimits.MaxStepSeconds})");
                }

                seconds = step.OptionalInteger("seconds", GroundingLimits.MinStepSeconds, GroundingLimits.MaxStepSeconds);
            }
            else
            {
                seconds = step.OptionalInteger("seconds", GroundingLimits.MinStepSeconds, GroundingLimits.MaxSuggestedPauseSeconds);
            }

            steps.Add(new GroundingStep(text, seconds));
        }

        return steps;
    }

    private static int ReadRepeat(MappingReader root, bool paced)
    {
        if (!paced)
        {
            if (root.Has("repeat"))
            {
                root.ReportAt("repeat", "'repeat' is only for paced exercises; leave it out or set 'paced: true'");
            }

            return 1;
        }

        return root.OptionalInteger("repeat", GroundingLimits.MinRepeat, GroundingLimits.MaxRepeat) ?? 1;
    }
}

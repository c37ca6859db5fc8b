using Microsoft.Extensions.Options;

namespace ReflectBot.Core.Quiz;

/// <summary>Keeps the cut-off inside the scale and the band narrow enough that both sides of the line stay reachable.</summary>
public sealed class QuizOptionsValidator : IValidateOptions<QuizOptions>
{
    public ValidateOptionsResult Validate(string? name, QuizOptions options)
    {
        var failures = new List<string>();
        if (!double.IsFinite(options.CutOff) || options.CutOff <= AgreementScale.Min || options.CutOff >= AgreementScale.Max)
        {
            failures.Add($"Quiz:CutOff must lie strictly between {AgreementScale.Min} and {AgreementScale.Max}; it is {options.CutOff}.");
        }
        else if (!double.IsFinite(options.NearLineBand) || options.NearLineBand < 0
            || options.NearLineBand >= Math.Min(options.CutOff - AgreementScale.Min, AgreementScale.Max - options.CutOff))
        {
            failures.Add($"Quiz:NearLineBand must be 0 or more and smaller than the distance from Quiz:CutOff to either end of the scale; it is {options.NearLineBand}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

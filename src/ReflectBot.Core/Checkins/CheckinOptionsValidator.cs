using Microsoft.Extensions.Options;

namespace ReflectBot.Core.Checkins;

/// <summary>Keeps every check-in setting within the range its documentation gives, so a typo stops the start rather than the sends.</summary>
public sealed class CheckinOptionsValidator : IValidateOptions<CheckinOptions>
{
    public const int MaxJournalDays = 366;

    public ValidateOptionsResult Validate(string? name, CheckinOptions options)
    {
        var failures = new List<string>();
        CheckSpan(failures, nameof(options.GraceWindow), options.GraceWindow, TimeSpan.FromMinutes(1), TimeSpan.FromHours(48));
        CheckNumber(failures, nameof(options.FailuresBeforeStop), options.FailuresBeforeStop, 1, 10);
        CheckNumber(failures, nameof(options.ReflectionMaxLength), options.ReflectionMaxLength, 1, 4000);
        CheckNumber(failures, nameof(options.AnswerWindowDays), options.AnswerWindowDays, 1, 60);
        CheckNumber(failures, nameof(options.MaxParallelSends), options.MaxParallelSends, 1, 64);
        CheckNumber(failures, nameof(options.BatchSize), options.BatchSize, 1, 5000);
        CheckSpan(failures, nameof(options.MaxIdleWait), options.MaxIdleWait, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        if (CheckNumber(failures, nameof(options.JournalMaxDays), options.JournalMaxDays, 1, MaxJournalDays))
        {
            CheckNumber(failures, nameof(options.JournalDefaultDays), options.JournalDefaultDays, 1, options.JournalMaxDays, nameof(options.JournalMaxDays));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool CheckNumber(List<string> failures, string key, int value, int min, int max, string? maxKey = null)
    {
        if (value >= min && value <= max)
        {
            return true;
        }

        var bound = maxKey is null ? "" : $" ({CheckinOptions.SectionName}:{maxKey})";
        failures.Add($"{CheckinOptions.SectionName}:{key} must be from {min} to {max}{bound}; it is {value}.");
        return false;
    }

    private static void CheckSpan(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{CheckinOptions.SectionName}:{key} must be from {min:c} to {max:c}; it is {value:c}.");
        }
    }
}

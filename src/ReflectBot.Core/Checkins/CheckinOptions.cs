namespace ReflectBot.Core.Checkins;

/// <summary>How daily check-ins are sent and answered; bound by the host from the "Checkins" section.</summary>
public sealed class CheckinOptions
{
    public const string SectionName = "Checkins";

    /// <summary>A check-in that is late by less than this (say after downtime) still goes out; a later one is skipped. 1 minute to 48 hours.</summary>
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>After this many failed sends in a row, check-ins stop for that person until they turn them on again. 1 to 10.</summary>
    public int FailuresBeforeStop { get; set; } = 3;

    /// <summary>The longest reflection a person may type, in characters. 1 to 4000, Discord's text input limit.</summary>
    public int ReflectionMaxLength { get; set; } = 4000;

    /// <summary>How many days after its date a check-in's buttons still record an answer. 1 to 60.</summary>
    public int AnswerWindowDays { get; set; } = 7;

    /// <summary>How many check-ins may be sent at the same time. 1 to 64.</summary>
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>How many due check-ins the scheduler takes from the database at a time. 1 to 5000.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>The longest the scheduler waits before looking for due check-ins again. 1 second to 1 hour.</summary>
    public TimeSpan MaxIdleWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many days the journal shows when the person does not say. 1 to <see cref="JournalMaxDays"/>.</summary>
    public int JournalDefaultDays { get; set; } = 7;

    /// <summary>The most days the journal shows at once. 1 to 366.</summary>
    public int JournalMaxDays { get; set; } = 90;
}

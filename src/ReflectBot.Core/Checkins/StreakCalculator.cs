using NodaTime;

namespace ReflectBot.Core.Checkins;

/// <summary>Counts streaks from the local dates a person answered on; the caller converts instants in the person's zone.</summary>
public static class StreakCalculator
{
    /// <summary>
    /// The current run ends at the last answered date when that is today or yesterday (or later, which a change
    /// of zone can cause), and is 0 otherwise. Repeated dates count once.
    /// </summary>
    public static Streak Compute(IEnumerable<LocalDate> answeredDates, LocalDate today)
    {
        var dates = answeredDates.Distinct().Order().ToList();
        if (dates.Count == 0)
        {
            return new Streak(0, 0, null);
        }

        var longest = 1;
        var run = 1;
        for (var i = 1; i < dates.Count; i++)
        {
            run = dates[i - 1].PlusDays(1) == dates[i] ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        // After the loop, run is the length of the run ending at the last date.
        var last = dates[^1];
        var current = last >= today.PlusDays(-1) ? run : 0;
        return new Streak(current, longest, last);
    }
}

using System.Globalization;
using System.Text;
using ReflectBot.Commands.Checkins;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Journal;

/// <summary>
/// The journal as one embed, newest day first. Reflections are shown escaped, exactly as written;
/// long ones are shortened here (they are stored whole), and days that do not fit are counted.
/// </summary>
public static class JournalView
{
    public const int ReflectionPreview = 600;

    public static Embed Build(IReadOnlyList<StoredEntry> entries, int days, Streak streak)
    {
        var header = $"Streak: {streak.Current} day{(streak.Current == 1 ? "" : "s")} now, {streak.Longest} at the longest.";
        var description = new StringBuilder(header).Append("\n\n");
        var byDay = entries.GroupBy(e => e.LocalDate).OrderByDescending(g => g.Key).ToList();
        if (byDay.Count == 0)
        {
            description.Append("Nothing in your journal for these days yet. Answer a check-in DM (or start them with /checkin start) and it will show here.");
        }

        var shown = 0;
        foreach (var day in byDay)
        {
            var block = DayBlock(day.Key, day.ToList());
            if (description.Length + block.Length > EmbedText.DescriptionLimit - 120)
            {
                break;
            }

            description.Append(block);
            shown++;
        }

        if (shown < byDay.Count)
        {
            description.Append(CultureInfo.InvariantCulture, $"*{byDay.Count - shown} earlier day(s) didn't fit here; ask for fewer days to see them.*");
        }

        return new Embed
        {
            Title = days == 1 ? "Your journal: today" : $"Your journal: the last {days} days",
            Description = description.ToString().TrimEnd(),
            Color = PageEmbed.BrandColor,
            Footer = new EmbedFooter { Text = "Only you can see this. " + CheckinTexts.NotADiagnosis },
        };
    }

    private static string DayBlock(DateOnly date, IReadOnlyList<StoredEntry> entries)
    {
        var block = new StringBuilder($"**{CheckinMessages.FormatDate(date)}**");
        if (entries.FirstOrDefault(e => e.Kind == EntryKind.Mood) is { Mood: { } mood })
        {
            block.Append(CultureInfo.InvariantCulture, $" · mood {mood} ({CheckinTexts.MoodWord(mood)})");
        }

        if (entries.Any(e => e.Kind == EntryKind.Skip))
        {
            block.Append(" · skipped");
        }

        block.Append('\n');
        foreach (var reflection in entries.Where(e => e.Kind == EntryKind.Reflection && e.Text is not null).OrderBy(e => e.CreatedAt))
        {
            var text = DiscordMarkdown.Escape(EmbedText.Fit(reflection.Text!, ReflectionPreview));
            block.Append("> ").Append(text.Replace("\n", "\n> ", StringComparison.Ordinal)).Append('\n');
        }

        return block.Append('\n').ToString();
    }
}

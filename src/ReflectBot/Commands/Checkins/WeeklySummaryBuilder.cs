using System.Globalization;
using NodaTime;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Checkins;

/// <summary>The weekly summary DM: the week's moods as a small chart, the streak and how many reflections were written.</summary>
public sealed class WeeklySummaryBuilder(CheckinRepository repository, MoodChartRenderer renderer)
{
    public const string ChartFileName = "your-week.png";

    public async Task<(MessageCreate Message, IReadOnlyList<FileAttachment> Files)> BuildAsync(StoredDelivery delivery, CancellationToken cancellationToken)
    {
        var last = LocalDate.FromDateOnly(delivery.LocalDate);
        var first = last.PlusDays(-6);
        var moods = (await repository.GetMoodsAsync(delivery.UserId, first.ToDateOnly(), last.ToDateOnly(), cancellationToken))
            .ToDictionary(m => LocalDate.FromDateOnly(m.Date), m => m.Mood);
        var entries = await repository.GetEntriesAsync(delivery.UserId, first.ToDateOnly(), last.ToDateOnly(), cancellationToken);
        var answered = await repository.GetAnsweredDatesAsync(delivery.UserId, DateOnly.MinValue, cancellationToken);
        var streak = StreakCalculator.Compute(answered.Select(LocalDate.FromDateOnly), last);

        var days = Enumerable.Range(0, 7).Select(offset => first.PlusDays(offset)).ToList();
        var chart = new MoodChart(
            days.Select(day => new MoodDay(day.ToDateOnly().ToString("ddd d", CultureInfo.InvariantCulture), moods.TryGetValue(day, out var mood) ? mood : null)).ToList(),
            $"Your moods, {Range(first, last)}",
            CheckinTexts.MoodWords);
        var picture = renderer.Render(chart);

        var checkedIn = entries.Select(e => e.LocalDate).Distinct().Count();
        var reflections = entries.Count(e => e.Kind == EntryKind.Reflection);
        var message = new MessageCreate
        {
            Embeds =
            [
                new Embed
                {
                    Title = $"Your week, {Range(first, last)}",
                    Description = $"You checked in on {checkedIn} of 7 days and wrote {Plural(reflections, "reflection")}. "
                        + $"Current streak: {Plural(streak.Current, "day")}.\n"
                        + "Whatever the week looked like, noticing it is the work. /journal shows your entries.",
                    Color = PageEmbed.BrandColor,
                    Image = new EmbedMedia { Url = $"attachment://{ChartFileName}" },
                    Footer = new EmbedFooter { Text = CheckinTexts.NotADiagnosis },
                },
            ],
            Components = [Component.ActionRow(Component.Button(ButtonStyle.Secondary, CheckinCustomIds.ForSummaryOff(delivery.Id), "Turn off weekly summaries"))],
            Nonce = delivery.Nonce,
            EnforceNonce = true,
        };
        return (message, [new FileAttachment(ChartFileName, picture, "image/png")]);
    }

    private static string Range(LocalDate first, LocalDate last)
        => $"{first.ToDateOnly().ToString("d MMM", CultureInfo.InvariantCulture)} to {last.ToDateOnly().ToString("d MMM", CultureInfo.InvariantCulture)}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

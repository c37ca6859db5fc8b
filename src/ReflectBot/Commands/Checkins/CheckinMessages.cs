using System.Globalization;
using NodaTime;
using ReflectBot.Core.Reflection;
using ReflectBot.Data.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Checkins;

/// <summary>The daily check-in DM: the day's prompt, mood buttons and the ways to answer.</summary>
public static class CheckinMessages
{
    public static MessageCreate Daily(StoredDelivery delivery, ReflectionPrompt? prompt, string? intro = null) => new()
    {
        Content = intro,
        Embeds =
        [
            new Embed
            {
                Title = $"Your check-in for {FormatDate(delivery.LocalDate)}",
                Description = prompt?.Text ?? "How has today been for you?",
                Color = PageEmbed.BrandColor,
                Fields = [new EmbedField { Name = "How are you feeling?", Value = "Pick a mood, write a few lines, or skip today. Only you can see your answers." }],
                Footer = new EmbedFooter { Text = CheckinTexts.NotADiagnosis },
            },
        ],
        Components = Buttons(delivery.Id),
        Nonce = delivery.Nonce,
        EnforceNonce = true,
    };

    public static IReadOnlyList<Component> Buttons(long deliveryId) =>
    [
        Component.ActionRow(Enumerable.Range(1, 5)
            .Select(mood => Component.Button(ButtonStyle.Secondary, CheckinCustomIds.ForMood(deliveryId, mood), $"{mood} · {CheckinTexts.MoodWord(mood)}"))
            .ToList()),
        Component.ActionRow(
            Component.Button(ButtonStyle.Primary, CheckinCustomIds.ForWrite(deliveryId), "Write a reflection"),
            Component.Button(ButtonStyle.Secondary, CheckinCustomIds.ForSkip(deliveryId), "Skip today"),
            Component.Button(ButtonStyle.Success, CheckinCustomIds.ForGround(deliveryId), "Try a grounding exercise")),
    ];

    /// <summary>"Monday 23 November", the way a person names a day.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    public static string FormatDate(LocalDate date) => FormatDate(date.ToDateOnly());

    /// <summary>The moment in the person's zone and as Discord's relative timestamp ("in 3 hours").</summary>
    public static string FormatWhen(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        var unix = instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{local.Date.ToDateOnly().ToString("ddd d MMM", CultureInfo.InvariantCulture)}, {local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)} ({zone.Id}), <t:{unix}:R>";
    }
}

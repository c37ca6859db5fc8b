using System.Globalization;
using ReflectBot.Commands.Checkins;
using ReflectBot.Core.Reflection;
using ReflectBot.Data.Reflection;
using ReflectBot.Discord.Models;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.PromptOfTheDay;

/// <summary>The server's reflection prompt of the day, as posted in its channel.</summary>
public static class GuildPromptMessage
{
    public static MessageCreate Build(StoredGuildPost post, ReflectionPrompt? prompt) => new()
    {
        Embeds =
        [
            new Embed
            {
                Title = $"Reflection prompt for {CheckinMessages.FormatDate(post.LocalDate)}",
                Description = prompt?.Text ?? "What is one thing you noticed about how you connect with people this week?",
                Color = PageEmbed.BrandColor,
                Footer = new EmbedFooter { Text = "Share only what feels right. For a private journal and daily DMs, try /checkin start." },
            },
        ],
        Nonce = post.Nonce,
        EnforceNonce = true,
    };

    /// <summary>Thread names are at most 100 characters; this one is far shorter.</summary>
    public static string ThreadName(StoredGuildPost post)
        => $"Reflections · {post.LocalDate.ToString("ddd d MMM", CultureInfo.InvariantCulture)}";
}

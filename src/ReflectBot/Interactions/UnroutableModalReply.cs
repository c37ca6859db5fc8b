using System.Text;
using ReflectBot.Discord.Rest;
using ReflectBot.Rendering;

namespace ReflectBot.Interactions;

/// <summary>
/// When a submitted form can no longer be saved, the person gets back what they typed, privately,
/// so nothing they wrote is lost: inline when it is short, as a text file when it is long.
/// </summary>
public static class UnroutableModalReply
{
    private const int InlineLimit = 1500;
    private const string FileName = "what-you-wrote.txt";

    private const string NoLongerOpen = "This form is no longer open on our side, so it could not be saved. Please run the command again.";

    public static InteractionReply Create(IReadOnlyList<string> values) => Create(NoLongerOpen, values);

    /// <summary>Says why the text could not be saved (<paramref name="intro"/>) and hands it back.</summary>
    public static InteractionReply Create(string intro, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return InteractionReply.Text(intro);
        }

        var quoted = string.Join("\n>\n", values.Select(v => "> " + DiscordMarkdown.Escape(v).Replace("\n", "\n> ", StringComparison.Ordinal)));
        if (quoted.Length <= InlineLimit)
        {
            return InteractionReply.Text($"{intro} Here is what you wrote, so you can keep it:\n{quoted}");
        }

        var text = Encoding.UTF8.GetBytes(string.Join("\n\n", values));
        return new InteractionReply
        {
            Content = $"{intro} What you wrote is attached as a text file, so you can keep it.",
            Files = [new FileAttachment(FileName, text, "text/plain; charset=utf-8")],
        };
    }
}

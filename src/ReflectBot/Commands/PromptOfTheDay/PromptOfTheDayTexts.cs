namespace ReflectBot.Commands.PromptOfTheDay;

/// <summary>What moderators are told while setting up the server's prompt of the day.</summary>
public static class PromptOfTheDayTexts
{
    public const string NotATextChannel =
        "Please pick a text or announcement channel: the prompt of the day is posted as a message there.";

    public const string CannotCheckChannel =
        "I couldn't look up that channel's permissions (it may be hidden from me), so nothing was changed. Check that I can see the channel, then try again.";

    public const string Off = "The reflection prompt of the day is off. Nothing more will be posted; /config reflection-channel turns it back on.";

    public const string WasNotOn = "The reflection prompt of the day wasn't on, so there was nothing to turn off.";
}

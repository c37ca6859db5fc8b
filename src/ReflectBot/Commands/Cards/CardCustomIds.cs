using ReflectBot.Interactions;

namespace ReflectBot.Commands.Cards;

/// <summary>The ids of the buttons under a shared card. They name the card, not a person: anyone may click.</summary>
public static class CardCustomIds
{
    public const string Prefix = "card";
    public const string More = "more";

    public static string ForMore(string cardId) => CustomId.Create(Prefix, More, cardId).ToString();
}

namespace ReflectBot.Core.Checkins;

/// <summary>A time zone offered while a person types: the IANA id to store, and a label to show (at most 100 characters).</summary>
public sealed record TimeZoneSuggestion(string Id, string Label);

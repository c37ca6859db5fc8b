namespace ReflectBot.Core.Safety;

/// <summary>
/// Which kind of crisis a text seems to speak of. It deliberately holds neither the text nor the phrase
/// that matched, so passing it on (or logging it) cannot leak what the person wrote.
/// </summary>
public sealed record CrisisMatch(string CategoryId, string Label);

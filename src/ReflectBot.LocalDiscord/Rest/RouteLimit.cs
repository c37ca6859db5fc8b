namespace ReflectBot.LocalDiscord.Rest;

/// <summary>At most <paramref name="Limit"/> requests per <paramref name="Window"/> in one bucket.</summary>
public sealed record RouteLimit(int Limit, TimeSpan Window);

namespace ReflectBot.Data.Cards;

/// <summary>A server's card-sharing rules: the extra role that may share (null when none) and whether mature cards may be shared at all.</summary>
public sealed record StoredCardSettings(ulong GuildId, ulong? ModRoleId, bool MatureAllowed, DateTimeOffset UpdatedAt);

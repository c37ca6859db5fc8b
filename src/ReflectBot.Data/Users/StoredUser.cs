namespace ReflectBot.Data.Users;

/// <summary>A person the bot keeps data for.</summary>
public sealed record StoredUser(ulong UserId, DateTimeOffset CreatedAt);

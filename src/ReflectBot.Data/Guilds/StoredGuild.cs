namespace ReflectBot.Data.Guilds;

/// <summary>A server the bot keeps settings for.</summary>
public sealed record StoredGuild(ulong GuildId, DateTimeOffset JoinedAt);

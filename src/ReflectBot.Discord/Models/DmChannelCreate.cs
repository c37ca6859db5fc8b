namespace ReflectBot.Discord.Models;

/// <summary>The body of POST /users/@me/channels.</summary>
public sealed record DmChannelCreate(Snowflake RecipientId);

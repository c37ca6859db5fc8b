namespace ReflectBot.Discord.Models;

/// <summary>The body of POST /channels/{channel_id}/messages/{message_id}/threads.</summary>
public sealed record ThreadCreate(string Name);

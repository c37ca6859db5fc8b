namespace ReflectBot.Discord.Rest;

/// <summary>One call to Discord as the executor sees it: where, what body, and whether repeating it is harmless.</summary>
internal sealed record RestRequest(DiscordRoute Route, byte[]? Json, IReadOnlyList<FileAttachment>? Files, bool IsSafeToRepeat);

namespace ReflectBot.Discord.Models;

/// <summary>The initial answer to an interaction.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null);

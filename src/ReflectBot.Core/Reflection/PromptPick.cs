namespace ReflectBot.Core.Reflection;

/// <summary>The prompt chosen for a check-in; <see cref="StartsNewCycle"/> says the used set must be cleared first.</summary>
public sealed record PromptPick(ReflectionPrompt Prompt, bool StartsNewCycle);

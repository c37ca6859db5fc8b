namespace ReflectBot.Commands.Privacy;

/// <summary>What became of a person's shared quiz posts when they deleted their data: taken down, or left where the bot could not reach.</summary>
public sealed record SharedPostRemoval(int Removed, int Left);

namespace ReflectBot.Data.Reflection;

/// <summary>
/// The scheduler's claim on a server's due prompt post: move the due time from <see cref="ExpectedDueAt"/>
/// (the value it read) to <see cref="NextDueAt"/> and record the post of <see cref="PromptId"/> for <see cref="LocalDate"/>.
/// </summary>
public sealed record GuildPostClaim(
    ulong GuildId,
    DateTimeOffset ExpectedDueAt,
    DateOnly LocalDate,
    string PromptId,
    int Cycle,
    ulong ChannelId,
    DateTimeOffset NextDueAt,
    DateTimeOffset Now);

using ReflectBot.Core.Content;
using ReflectBot.Core.Reflection;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Quiz;
using ReflectBot.Data.Reflection;

namespace ReflectBot.Commands.Checkins;

/// <summary>A prompt and the round of the pool it was drawn in.</summary>
public sealed record ChosenPrompt(ReflectionPrompt Prompt, int Cycle);

/// <summary>
/// Picks the day's prompt for a person or a server: nothing repeats until the pool is used up, and
/// a person whose latest quiz result leans toward a pattern sees prompts that fit it more often.
/// </summary>
public sealed class ReflectionPromptChooser(
    ContentCatalogProvider content,
    CheckinRepository checkins,
    GuildReflectionRepository guilds,
    QuizRepository quiz)
{
    public async Task<ChosenPrompt> ForUserAsync(ulong userId, CancellationToken cancellationToken)
    {
        var cycle = await checkins.GetPromptCycleAsync(userId, cancellationToken);
        var latest = await quiz.GetResultsAsync(userId, 1, cancellationToken);
        var pattern = latest.Count > 0 ? latest[0].Pattern : null;
        return Choose(cycle, pattern);
    }

    public async Task<ChosenPrompt> ForGuildAsync(ulong guildId, CancellationToken cancellationToken)
        => Choose(await guilds.GetPromptCycleAsync(guildId, cancellationToken), preferredPattern: null);

    /// <summary>Looks up the prompt a stored check-in was sent with; null if the content no longer has it.</summary>
    public ReflectionPrompt? Find(string? promptId)
        => promptId is not null && content.Current.All<ReflectionPrompt>().TryGetValue(promptId, out var prompt) ? prompt : null;

    private ChosenPrompt Choose(PromptCycle cycle, string? preferredPattern)
    {
        var pool = content.Current.All<ReflectionPrompt>().Values.ToList();
        var pick = PromptPicker.Pick(pool, cycle.Used, preferredPattern, Random.Shared);
        // Rounds count from 1; a person or server with no history is in round 0 with nothing used.
        var current = Math.Max(cycle.Cycle, 1);
        return new ChosenPrompt(pick.Prompt, pick.StartsNewCycle ? current + 1 : current);
    }
}

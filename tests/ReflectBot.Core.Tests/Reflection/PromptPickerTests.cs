using ReflectBot.Core.Reflection;

namespace ReflectBot.Core.Tests.Reflection;

public sealed class PromptPickerTests
{
    [Fact]
    public void No_prompt_repeats_until_the_pool_is_used_up_and_then_a_new_cycle_starts()
    {
        var pool = Pool(count: 12, anxiousEvery: 3);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(7);

        for (var draw = 0; draw < pool.Count; draw++)
        {
            var pick = PromptPicker.Pick(pool, used, "anxious", random);
            Assert.False(pick.StartsNewCycle);
            Assert.True(used.Add(pick.Prompt.Id), $"{pick.Prompt.Id} came up twice in one cycle");
        }

        var next = PromptPicker.Pick(pool, used, "anxious", random);

        Assert.True(next.StartsNewCycle);
        Assert.Contains(next.Prompt, pool);
    }

    [Fact]
    public void Only_unused_prompts_are_candidates()
    {
        var pool = Pool(count: 3, anxiousEvery: 1);
        var used = new HashSet<string>(StringComparer.Ordinal) { "p-00", "p-02" };

        for (var seed = 0; seed < 50; seed++)
        {
            Assert.Equal("p-01", PromptPicker.Pick(pool, used, "anxious", new Random(seed)).Prompt.Id);
        }
    }

    [Fact]
    public void Prompts_for_the_preferred_pattern_come_up_clearly_more_often()
    {
        // A quarter of the pool is tagged anxious: unweighted they win a quarter of draws, weighted three times as much, a half.
        var pool = Pool(count: 40, anxiousEvery: 4);
        var empty = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(42);
        const int draws = 4000;

        var preferred = Enumerable.Range(0, draws).Count(_ => IsAnxious(PromptPicker.Pick(pool, empty, "anxious", random).Prompt));
        var neutral = Enumerable.Range(0, draws).Count(_ => IsAnxious(PromptPicker.Pick(pool, empty, null, random).Prompt));

        Assert.InRange(preferred / (double)draws, 0.45, 0.55);
        Assert.InRange(neutral / (double)draws, 0.20, 0.30);
    }

    [Fact]
    public void The_same_seed_gives_the_same_pick_whatever_order_the_pool_comes_in()
    {
        var pool = Pool(count: 20, anxiousEvery: 2);
        var reversed = pool.AsEnumerable().Reverse().ToList();
        var empty = new HashSet<string>(StringComparer.Ordinal);

        for (var seed = 0; seed < 20; seed++)
        {
            Assert.Equal(
                PromptPicker.Pick(pool, empty, "anxious", new Random(seed)).Prompt.Id,
                PromptPicker.Pick(reversed, empty, "anxious", new Random(seed)).Prompt.Id);
        }
    }

    [Fact]
    public void An_empty_pool_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => PromptPicker.Pick([], new HashSet<string>(StringComparer.Ordinal), null, new Random(1)));

        Assert.Equal("pool", exception.ParamName);
    }

    private static bool IsAnxious(ReflectionPrompt prompt) => prompt.Patterns.Contains("anxious");

    private static List<ReflectionPrompt> Pool(int count, int anxiousEvery) =>
        [.. Enumerable.Range(0, count).Select(i => new ReflectionPrompt
        {
            Id = $"p-{i:00}",
            Text = $"Question {i}?",
            Themes = ["repair"],
            Patterns = i % anxiousEvery == 0 ? ["anxious"] : ["secure"],
        })];
}

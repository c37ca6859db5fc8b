using Dapper;
using ReflectBot.Data.Checkins;
using ReflectBot.Data.Reflection;
using static ReflectBot.Data.Tests.Checkins.CheckinTestData;

namespace ReflectBot.Data.Tests.Checkins;

public sealed class GuildReflectionRepositoryTests
{
    private const ulong MessageId = 1_213_099_000_000_000_001;
    private const ulong ThreadId = 1_213_099_000_000_000_002;

    [Fact]
    public async Task Setting_records_the_server_and_its_settings_and_setting_again_replaces_them()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();

        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);
        await reflections.SetAsync(Guild, GuildChannel + 1, new TimeOnly(18, 30), "UTC", false, DueDayAfter, now.AddHours(1), CancellationToken.None);

        Assert.Equal(
            new StoredGuildReflection(Guild, GuildChannel + 1, new TimeOnly(18, 30), "UTC", false, DueDayAfter, now.AddHours(1)),
            await reflections.GetAsync(Guild, CancellationToken.None));
        Assert.Equal(1, await database.CountAsync("guilds"));
        Assert.Null(await reflections.GetAsync(OtherGuild, CancellationToken.None));
    }

    [Fact]
    public async Task Due_servers_come_earliest_first_and_the_next_wake_is_the_earliest_due()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        Assert.Null(await reflections.GetNextWakeAsync(CancellationToken.None));
        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, false, DueTomorrow.AddMinutes(1), now, CancellationToken.None);
        await reflections.SetAsync(OtherGuild, GuildChannel, NineInTheMorning, Zone, false, DueTomorrow, now, CancellationToken.None);

        Assert.Equal(
            [OtherGuild, Guild],
            (await reflections.GetDueAsync(DueTomorrow.AddMinutes(1), 10, CancellationToken.None)).Select(g => g.GuildId));
        Assert.Equal([OtherGuild], (await reflections.GetDueAsync(DueTomorrow, 10, CancellationToken.None)).Select(g => g.GuildId));
        Assert.Single(await reflections.GetDueAsync(DueTomorrow.AddMinutes(1), 1, CancellationToken.None));
        Assert.Equal(DueTomorrow, await reflections.GetNextWakeAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_records_a_pending_post_and_its_prompt_and_moves_the_due_time()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);

        var post = await reflections.ClaimAsync(Claim(DueTomorrow, Tomorrow, "prompt-a", now), CancellationToken.None);

        Assert.NotNull(post);
        Assert.Equal(
            (Guild, Tomorrow, "prompt-a", GuildChannel, DeliveryState.Pending, (ulong?)null),
            (post.GuildId, post.LocalDate, post.PromptId, post.ChannelId, post.State, post.MessageId));
        Assert.Matches("^rb[a-z2-7]{20}$", post.Nonce);
        Assert.Equal(DueDayAfter, (await reflections.GetAsync(Guild, CancellationToken.None))!.NextDueAt);
        var cycle = await reflections.GetPromptCycleAsync(Guild, CancellationToken.None);
        Assert.Equal(1, cycle.Cycle);
        Assert.Equal(["prompt-a"], cycle.Used);
    }

    [Fact]
    public async Task A_server_is_claimed_once_per_expected_due_time_and_posted_once_per_day()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);

        Assert.NotNull(await reflections.ClaimAsync(Claim(DueTomorrow, Tomorrow, "prompt-a", now), CancellationToken.None));
        Assert.Null(await reflections.ClaimAsync(Claim(DueTomorrow, Tomorrow.AddDays(1), "prompt-b", now), CancellationToken.None));
        // The due time moved on, but the day already has its post.
        Assert.Null(await reflections.ClaimAsync(Claim(DueDayAfter, Tomorrow, "prompt-b", now), CancellationToken.None));

        Assert.Equal(1, await database.CountAsync("guild_prompt_posts"));
        Assert.Equal(["prompt-a"], (await reflections.GetPromptCycleAsync(Guild, CancellationToken.None)).Used);
        Assert.Equal(DueDayAfter.AddDays(1), (await reflections.GetAsync(Guild, CancellationToken.None))!.NextDueAt);
    }

    [Fact]
    public async Task Pending_posts_leave_the_list_once_sent_failed_or_skipped()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);
        var posts = new List<StoredGuildPost>();
        var due = DueTomorrow;
        var day = Tomorrow;
        for (var i = 0; i < 4; i++)
        {
            posts.Add((await reflections.ClaimAsync(Claim(due, day, $"prompt-{i}", now.AddMinutes(i)), CancellationToken.None))!);
            due = due.AddDays(1);
            day = day.AddDays(1);
        }

        Assert.Equal(posts.Select(p => p.Id), (await reflections.GetPendingAsync(10, CancellationToken.None)).Select(p => p.Id));
        await reflections.MarkSentAsync(posts[0].Id, MessageId, ThreadId, now, CancellationToken.None);
        await reflections.MarkFailedAsync(posts[1].Id, "missing access", now, CancellationToken.None);
        await reflections.MarkSkippedAsync(posts[2].Id, "late", now, CancellationToken.None);

        var pending = await reflections.GetPendingAsync(10, CancellationToken.None);
        Assert.Equal([posts[3].Id], pending.Select(p => p.Id));
    }

    [Fact]
    public async Task A_sent_post_keeps_its_message_and_thread_and_is_not_turned_into_a_failure()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);
        var post = (await reflections.ClaimAsync(Claim(DueTomorrow, Tomorrow, "prompt-a", now), CancellationToken.None))!;

        await reflections.MarkSentAsync(post.Id, MessageId, ThreadId, now, CancellationToken.None);
        await reflections.MarkFailedAsync(post.Id, "missing access", now, CancellationToken.None);

        await using var connection = await database.OpenAsync();
        var stored = await connection.QuerySingleAsync<(string State, string MessageId, string ThreadId, string? Failure)>(
            "SELECT state, message_id, thread_id, failure FROM guild_prompt_posts;");
        Assert.Equal(("sent", "1213099000000000001", "1213099000000000002", (string?)null), stored);
    }

    [Fact]
    public async Task Disabling_removes_the_settings_and_skips_pending_posts_but_keeps_history()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);
        await reflections.ClaimAsync(Claim(DueTomorrow, Tomorrow, "prompt-a", now), CancellationToken.None);

        Assert.True(await reflections.DisableAsync(Guild, CancellationToken.None));
        Assert.False(await reflections.DisableAsync(Guild, CancellationToken.None));

        Assert.Null(await reflections.GetAsync(Guild, CancellationToken.None));
        Assert.Empty(await reflections.GetPendingAsync(10, CancellationToken.None));
        Assert.Empty(await reflections.GetDueAsync(DueTomorrow.AddYears(1), 10, CancellationToken.None));
        Assert.Null(await reflections.GetNextWakeAsync(CancellationToken.None));
        Assert.Equal(["prompt-a"], (await reflections.GetPromptCycleAsync(Guild, CancellationToken.None)).Used);
    }

    [Fact]
    public async Task A_claim_after_disabling_records_nothing()
    {
        await using var database = new TempDatabase();
        var reflections = await database.GuildReflectionsAsync();
        var now = database.Time.GetUtcNow();
        await reflections.SetAsync(Guild, GuildChannel, NineInTheMorning, Zone, true, DueTomorrow, now, CancellationToken.None);
        await reflections.DisableAsync(Guild, CancellationToken.None);

        Assert.Null(await reflections.ClaimAsync(Claim(DueTomorrow, Tomorrow, "prompt-a", now), CancellationToken.None));
        Assert.Equal(0, await database.CountAsync("guild_prompt_posts"));
    }

    private static GuildPostClaim Claim(DateTimeOffset expectedDueAt, DateOnly localDate, string promptId, DateTimeOffset now) =>
        new(Guild, expectedDueAt, localDate, promptId, 1, GuildChannel, expectedDueAt.AddDays(1), now);
}

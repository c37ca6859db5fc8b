using System.Text.Json;
using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Tests.Models;

public sealed class UnavailableGuildParsingTests
{
    [Fact]
    public void Ready_ListsItsGuildStubs_AndAReadyWithoutAListSaysNothing()
    {
        var listed = JsonSerializer.Deserialize("""{"v":10,"guilds":[{"id":"300","unavailable":true},{"id":"301"}]}""", DiscordJsonContext.Default.ReadyGuilds)!;
        var empty = JsonSerializer.Deserialize("""{"v":10,"guilds":[]}""", DiscordJsonContext.Default.ReadyGuilds)!;
        var missing = JsonSerializer.Deserialize("""{"v":10}""", DiscordJsonContext.Default.ReadyGuilds)!;

        Assert.Equal([new Snowflake(300), new Snowflake(301)], listed.Guilds!.Select(guild => guild.Id));
        Assert.Empty(empty.Guilds!);
        Assert.Null(missing.Guilds);
    }

    [Fact]
    public void GuildDelete_WithoutUnavailable_IsARemoval()
    {
        var guild = Parse("""{"id":"300"}""");

        Assert.Equal(new Snowflake(300), guild.Id);
        Assert.Null(guild.Unavailable);
        Assert.True(guild.IsRemoval);
    }

    [Fact]
    public void GuildDelete_WithUnavailableFalse_IsARemoval()
    {
        var guild = Parse("""{"id":"300","unavailable":false}""");

        Assert.False(guild.Unavailable);
        Assert.True(guild.IsRemoval);
    }

    [Fact]
    public void GuildDelete_WithUnavailableTrue_IsAnOutageNotARemoval()
    {
        var guild = Parse("""{"id":"300","unavailable":true}""");

        Assert.True(guild.Unavailable);
        Assert.False(guild.IsRemoval);
    }

    [Fact]
    public void GuildDelete_WithFieldsTheModelDoesNotKnow_StillParses()
    {
        var guild = Parse("""{"id":"300","unavailable":true,"geo_restricted":false,"name":"x","extra":{"a":[1,2]}}""");

        Assert.Equal(new Snowflake(300), guild.Id);
        Assert.False(guild.IsRemoval);
    }

    [Fact]
    public void GuildDelete_WithoutAnId_IsRejected()
    {
        Assert.Throws<JsonException>(() => Parse("""{"unavailable":true}"""));
    }

    private static UnavailableGuild Parse(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.UnavailableGuild)!;
}

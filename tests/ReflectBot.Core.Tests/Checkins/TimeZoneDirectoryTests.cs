using NodaTime;
using ReflectBot.Core.Checkins;

namespace ReflectBot.Core.Tests.Checkins;

public sealed class TimeZoneDirectoryTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData(" AMERICA/NEW_YORK ", "America/New_York")]
    [InlineData("Australia/Sydney", "Australia/Sydney")]
    [InlineData("UTC", "UTC")]
    [InlineData("utc", "UTC")]
    public void Known_ids_are_found_whatever_their_case(string id, string expected)
    {
        Assert.True(TimeZoneDirectory.TryFind(id, out var zone));
        Assert.Equal(expected, zone.Id);
    }

    [Fact]
    public void Utc_never_changes_its_offset()
    {
        Assert.True(TimeZoneDirectory.TryFind("UTC", out var zone));
        Assert.Equal(Offset.Zero, zone.GetUtcOffset(Instant.FromUtc(2026, 7, 1, 0, 0)));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Europe/Berlinn")]
    [InlineData("Berlin")]
    [InlineData("+02:00")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Unknown_or_blank_ids_are_refused(string? id)
    {
        Assert.False(TimeZoneDirectory.TryFind(id, out var zone));
        Assert.Null(zone);
    }

    [Fact]
    public void A_city_typed_with_a_space_finds_its_zone_labelled_with_the_country()
    {
        var first = TimeZoneDirectory.Search("new york")[0];

        Assert.Equal(new TimeZoneSuggestion("America/New_York", "America/New_York (United States)"), first);
    }

    [Fact]
    public void A_city_finds_its_zone()
    {
        Assert.Contains(new TimeZoneSuggestion("Europe/Berlin", "Europe/Berlin (Germany)"), TimeZoneDirectory.Search("BERLIN"));
    }

    [Fact]
    public void A_country_name_finds_its_zones()
    {
        var ids = TimeZoneDirectory.Search("japan").Select(suggestion => suggestion.Id);

        Assert.Contains("Asia/Tokyo", ids);
    }

    [Fact]
    public void Ids_that_start_with_the_query_come_first()
    {
        var ids = TimeZoneDirectory.Search("in", max: 200).Select(suggestion => suggestion.Id).ToList();

        var startingWith = ids.TakeWhile(id => id.StartsWith("in", StringComparison.OrdinalIgnoreCase)).Count();
        Assert.True(startingWith > 0);
        Assert.Contains("Indian/Maldives", ids);
        Assert.Contains("Europe/Berlin", ids);
        Assert.DoesNotContain(ids.Skip(startingWith), id => id.StartsWith("in", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_empty_query_offers_common_zones_starting_with_utc()
    {
        var ids = TimeZoneDirectory.Search("").Select(suggestion => suggestion.Id).ToList();

        Assert.Equal("UTC", ids[0]);
        Assert.Contains("America/New_York", ids);
        Assert.Contains("Europe/London", ids);
        Assert.Contains("Asia/Tokyo", ids);
        Assert.Contains("Australia/Sydney", ids);
        Assert.Equal(ids, TimeZoneDirectory.Search(null).Select(suggestion => suggestion.Id));
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("america/", 5)]
    [InlineData("europe", 25)]
    [InlineData("a", 0)]
    public void Never_more_than_max_suggestions(string query, int max)
    {
        Assert.Equal(max, TimeZoneDirectory.Search(query, max).Count);
    }

    [Fact]
    public void The_default_is_at_most_twenty_five()
    {
        Assert.Equal(25, TimeZoneDirectory.Search("a").Count);
    }

    [Fact]
    public void A_query_that_matches_nothing_gives_nothing()
    {
        Assert.Empty(TimeZoneDirectory.Search("zzzz"));
    }

    [Fact]
    public void Every_suggestion_fits_a_discord_choice_and_can_be_found_again()
    {
        var all = "abcdefghijklmnopqrstuvwxyz".SelectMany(letter => TimeZoneDirectory.Search(letter.ToString(), int.MaxValue)).ToList();

        Assert.True(all.Count > 300);
        Assert.All(all, suggestion =>
        {
            Assert.InRange(suggestion.Label.Length, 1, TimeZoneDirectory.MaxLabelLength);
            Assert.True(TimeZoneDirectory.TryFind(suggestion.Id, out var zone));
            Assert.Equal(suggestion.Id, zone.Id);
        });
    }
}

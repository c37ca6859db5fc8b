using ReflectBot.Core.Safety;

namespace ReflectBot.Core.Tests.Safety;

/// <summary>How matching works, on small lists made for each test; the shipped lists are tested in <see cref="ShippedCrisisListsTests"/>.</summary>
public sealed class CrisisDetectorTests
{
    private static readonly CrisisDetector Detector = new(
    [
        new CrisisCategory
        {
            Id = "suicide",
            Label = "Thoughts of suicide",
            Phrases = ["want to die", "don't want to live", "kms"],
            SafePhrases = ["want to die laughing"],
        },
        new CrisisCategory
        {
            Id = "abuse",
            Label = "Abuse",
            Phrases = ["she hit me"],
            SafePhrases = ["she hit me up"],
        },
    ]);

    [Theory]
    [InlineData("want to die")]
    [InlineData("I want to die")]
    [InlineData("want to die, honestly")]
    [InlineData("WANT   To\tDIE")]
    [InlineData("i dont want to live")]
    [InlineData("I don\u2019t want to live")]
    [InlineData("I do'nt want to live")]
    [InlineData("...kms...")]
    [InlineData("kms")]
    public void A_phrase_matches_at_start_middle_or_end_whatever_the_case_spacing_or_apostrophes(string text)
    {
        var match = Detector.Find(text);

        Assert.Equal(new CrisisMatch("suicide", "Thoughts of suicide"), match);
    }

    [Theory]
    [InlineData("I want to dine out")]
    [InlineData("unwanted to die")]
    [InlineData("want to diet")]
    [InlineData("kmsx")]
    [InlineData("want die")]
    [InlineData("")]
    public void Only_whole_words_in_order_match(string text) => Assert.Null(Detector.Find(text));

    [Fact]
    public void A_phrase_inside_its_safe_phrase_is_ignored() => Assert.Null(Detector.Find("Ha, I want to die laughing at this."));

    [Fact]
    public void A_safe_phrase_does_not_hide_another_occurrence_of_the_phrase() =>
        Assert.Equal("suicide", Detector.Find("I want to die laughing, but really I want to die")?.CategoryId);

    [Fact]
    public void A_safe_phrase_that_only_overlaps_a_phrase_does_not_hide_it()
    {
        var detector = new CrisisDetector([new CrisisCategory { Id = "a", Label = "A", Phrases = ["she hit me"], SafePhrases = ["hit me up"] }]);

        Assert.Equal("a", detector.Find("she hit me up")?.CategoryId);
    }

    [Fact]
    public void A_safe_phrase_silences_only_its_own_category()
    {
        var detector = new CrisisDetector(
        [
            new CrisisCategory { Id = "a", Label = "A", Phrases = ["hit me"], SafePhrases = ["hit me up"] },
            new CrisisCategory { Id = "b", Label = "B", Phrases = ["hit me up"] },
        ]);

        Assert.Equal("b", detector.Find("she hit me up")?.CategoryId);
    }

    [Fact]
    public void The_earliest_match_wins() =>
        Assert.Equal("abuse", Detector.Find("she hit me and now I want to die")?.CategoryId);

    [Fact]
    public void Idioms_sharing_words_do_not_match() => Assert.Null(Detector.Find("she hit me up yesterday"));

    [Fact]
    public void A_phrase_without_words_never_matches_everything()
    {
        var detector = new CrisisDetector([new CrisisCategory { Id = "a", Label = "A", Phrases = ["!!!", "help me"] }]);

        Assert.Null(detector.Find("anything at all"));
        Assert.Equal("a", detector.Find("please help me")?.CategoryId);
    }

    [Fact]
    public void A_long_text_against_many_phrases_still_finds_the_match_at_its_end()
    {
        // Speed is bounded by construction (one walk of at most MaxPhraseWords words from each word); a wall-clock
        // limit here only flaked on busy runners, so this checks the result on a large input instead.
        var detector = new CrisisDetector(
            [new CrisisCategory { Id = "a", Label = "A", Phrases = [.. Enumerable.Range(0, 5000).Select(i => $"w{i} x{i} y")] }]);
        var text = string.Join(' ', Enumerable.Repeat("w1 x1 nope", 400)) + " w7 x7 y";

        Assert.Equal("a", detector.Find(text)?.CategoryId);
        Assert.Null(detector.Find(text[..^2]));
    }

    [Theory]
    [InlineData("he hits me")]
    [InlineData("my stepdad hits me")]
    [InlineData("My GF hits me")]
    [InlineData("my parents hits me")]
    public void The_person_placeholder_matches_every_person_it_stands_for(string text)
    {
        var detector = new CrisisDetector([new CrisisCategory { Id = "a", Label = "A", Phrases = ["{person} hits me"] }]);

        Assert.Equal("a", detector.Find(text)?.CategoryId);
    }

    [Theory]
    [InlineData("that song hits me")]
    [InlineData("person hits me")]
    [InlineData("hits me")]
    public void The_person_placeholder_matches_no_other_word(string text)
    {
        var detector = new CrisisDetector([new CrisisCategory { Id = "a", Label = "A", Phrases = ["{person} hits me"] }]);

        Assert.Null(detector.Find(text));
    }

    [Fact]
    public void A_safe_phrase_may_hold_the_person_placeholder_too()
    {
        var detector = new CrisisDetector(
            [new CrisisCategory { Id = "a", Label = "A", Phrases = ["{person} beat me"], SafePhrases = ["{person} beat me at"] }]);

        Assert.Null(detector.Find("my sister beat me at chess"));
        Assert.Equal("a", detector.Find("my sister beat me")?.CategoryId);
    }

    [Fact]
    public void The_placeholder_expands_to_exactly_the_listed_people() =>
        Assert.Equal(CrisisSlots.People.Select(person => $" {person}  hit me"), CrisisSlots.Expand("{person} hit me"));
}

using ReflectBot.Commands.Privacy;

namespace ReflectBot.Tests.Privacy;

public sealed class StoredDataWordsTests
{
    [Fact]
    public void Describe_names_tables_in_plain_words_in_a_fixed_order_with_singulars_and_skips_empty_ones()
    {
        var rows = new Dictionary<string, int>
        {
            ["quiz_results"] = 2,
            ["checkin_entries"] = 12,
            ["safety_plans"] = 1,
            ["grounding_sessions"] = 0,
        };

        Assert.Equal("12 moods and reflections, 2 quiz results and 1 safety plan", StoredDataWords.Describe(rows));
    }

    [Fact]
    public void Describe_counts_a_table_it_has_no_words_for_as_other_records_rather_than_naming_the_table()
    {
        var text = StoredDataWords.Describe(new Dictionary<string, int> { ["checkin_entries"] = 1, ["future_table"] = 3 });

        Assert.Equal("1 mood or reflection and 3 other stored records", text);
    }

    [Fact]
    public void Describe_of_nothing_says_nothing()
        => Assert.Equal("nothing", StoredDataWords.Describe(new Dictionary<string, int> { ["users"] = 0 }));

    [Fact]
    public void A_profile_row_alone_is_not_worth_an_export_file()
    {
        Assert.False(MyDataExport.HoldsAnything(new Dictionary<string, int> { ["users"] = 1, ["quiz_results"] = 0 }));
        Assert.True(MyDataExport.HoldsAnything(new Dictionary<string, int> { ["users"] = 1, ["quiz_results"] = 1 }));
    }
}

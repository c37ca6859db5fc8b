using ReflectBot.Core.Safety;

namespace ReflectBot.Core.Tests.Safety;

public sealed class CrisisTextTests
{
    [Theory]
    [InlineData("I don't", "i dont")]
    [InlineData("I DON\u2019T", "i dont")]
    [InlineData("I\u2018m", "im")]
    [InlineData("  wait...   what?!  ", "wait what")]
    [InlineData("self-harm", "self harm")]
    [InlineData("\u201Cquoted\u201D words", "quoted words")]
    [InlineData("\uFF29 \uFF57\uFF41\uFF4E\uFF54", "i want")]
    [InlineData("caf\u0065\u0301 na\u00EFve", "caf\u00E9 na\u00EFve")]
    [InlineData("2am\u00A0thoughts\t\n\u2014again", "2am thoughts again")]
    [InlineData("\U0001F622kill\U0001F622", "kill")]
    [InlineData("ki\u00ADll myself", "kill myself")]
    [InlineData("ki\u200Bll my\u200Dself", "kill myself")]
    [InlineData("d\u2060ie\uFEFF", "die")]
    public void Words_normalise_case_quotes_apostrophes_invisible_characters_and_separators(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', CrisisText.Words(text)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... \u2019")]
    public void Words_of_text_without_letters_or_digits_are_empty(string text) =>
        Assert.Empty(CrisisText.Words(text));
}

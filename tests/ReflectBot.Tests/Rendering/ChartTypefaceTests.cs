using ReflectBot.Rendering;

namespace ReflectBot.Tests.Rendering;

public sealed class ChartTypefaceTests
{
    [Fact]
    public void The_chart_font_is_the_embedded_dejavu_sans_not_a_system_font()
    {
        var typeface = ChartTypeface.Regular;

        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(typeface.GlyphCount > 1000, "a fallback system font would not carry DejaVu's glyph set");
    }

    [Fact]
    public void The_font_has_glyphs_for_the_dashes_and_accents_labels_use()
    {
        var glyphs = ChartTypeface.Regular.GetGlyphs("Fearful-avoidant 1–7 é");

        Assert.DoesNotContain((ushort)0, glyphs);
    }
}

using NodaTime;
using ReflectBot.Core.Checkins;

namespace ReflectBot.Core.Tests.Checkins;

public sealed class LocalTimeTextTests
{
    [Theory]
    [InlineData("9:00", 9, 0)]
    [InlineData("09:00", 9, 0)]
    [InlineData(" 21:45 ", 21, 45)]
    [InlineData("0:00", 0, 0)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void Hours_and_minutes_on_a_24_hour_clock_are_read(string text, int hour, int minute)
    {
        Assert.True(LocalTimeText.TryParse(text, out var time));
        Assert.Equal(new LocalTime(hour, minute), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("9")]
    [InlineData("9:5")]
    [InlineData("09:60")]
    [InlineData("9am")]
    [InlineData("9:00am")]
    [InlineData("009:00")]
    [InlineData("09:00:00")]
    [InlineData("-1:00")]
    [InlineData("9.00")]
    [InlineData("٩:٠٠")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(LocalTimeText.TryParse(text, out var time));
        Assert.Equal(default, time);
    }

    [Fact]
    public void Times_are_written_with_two_digit_hours_and_minutes()
    {
        Assert.Equal("09:05", LocalTimeText.Format(new LocalTime(9, 5)));
        Assert.Equal("23:59", LocalTimeText.Format(new LocalTime(23, 59, 30)));
        Assert.Equal("00:00", LocalTimeText.Format(LocalTime.Midnight));
    }
}

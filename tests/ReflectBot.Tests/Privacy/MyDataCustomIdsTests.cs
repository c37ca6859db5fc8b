using ReflectBot.Commands.Privacy;
using ReflectBot.Interactions;

namespace ReflectBot.Tests.Privacy;

public sealed class MyDataCustomIdsTests
{
    [Fact]
    public void A_confirmation_id_carries_its_owner_and_the_second_it_was_offered()
    {
        var offered = new DateTimeOffset(2026, 11, 23, 21, 5, 7, TimeSpan.Zero);
        Assert.True(CustomId.TryParse(MyDataCustomIds.For(MyDataCustomIds.Confirm, 1213098916577411094, offered), out var id));

        Assert.True(MyDataCustomIds.TryRead(id, out var action, out var owner, out var at));
        Assert.Equal((MyDataCustomIds.Confirm, 1213098916577411094UL, offered), (action, owner, at));
    }

    [Theory]
    [InlineData("mydata:delete:123")]
    [InlineData("mydata:erase:123:1700000000")]
    [InlineData("mydata:delete:-5:1700000000")]
    [InlineData("mydata:delete:123:soon")]
    [InlineData("mydata:delete:123:99999999999999999")]
    [InlineData("mydata:delete:123:1700000000:extra")]
    public void Malformed_ids_are_refused(string text)
    {
        Assert.True(CustomId.TryParse(text, out var id));

        Assert.False(MyDataCustomIds.TryRead(id, out _, out _, out _));
    }
}

using System.Text.Json.Nodes;

namespace ReflectBot.IntegrationTests.Support;

public static class JsonAssert
{
    public static void SameJson(string expected, string actual)
    {
        var left = JsonNode.Parse(expected);
        var right = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(left, right), $"JSON differs.\nExpected: {left?.ToJsonString()}\nActual:   {right?.ToJsonString()}");
    }
}

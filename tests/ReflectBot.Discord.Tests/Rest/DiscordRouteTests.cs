using ReflectBot.Discord.Rest;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class DiscordRouteTests
{
    [Theory]
    [InlineData("POST", "/channels/{channel_id}/messages", "123", "", "POST /channels/123/messages", "123")]
    [InlineData("PATCH", "/channels/{channel_id}/messages/{message_id}", "123", "456", "PATCH /channels/123/messages/{id}", "123")]
    [InlineData("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", "999", "123", "PUT /applications/{id}/guilds/123/commands", "123")]
    [InlineData("PUT", "/applications/{application_id}/commands", "999", "", "PUT /applications/{id}/commands", "")]
    public void Route_keys_keep_major_parameters_and_replace_other_ids(string method, string template, string first, string second, string key, string major)
    {
        string[] values = second.Length == 0 ? [first] : [first, second];

        var route = DiscordRoute.Create(new HttpMethod(method), template, DiscordRouteKind.Bot, values);

        Assert.Equal(key, route.Key);
        Assert.Equal(major, route.MajorParameter);
    }

    [Fact]
    public void Webhook_routes_key_on_the_application_and_a_hash_of_the_token()
    {
        const string Template = "/webhooks/{webhook_id}/{interaction_token}/messages/{message_id}";
        var first = DiscordRoute.Create(HttpMethod.Patch, Template, DiscordRouteKind.InteractionWebhook, "11", "token-one", "5");
        var again = DiscordRoute.Create(HttpMethod.Patch, Template, DiscordRouteKind.InteractionWebhook, "11", "token-one", "6");
        var other = DiscordRoute.Create(HttpMethod.Patch, Template, DiscordRouteKind.InteractionWebhook, "11", "token-two", "5");

        Assert.Equal(first.Key, again.Key);
        Assert.NotEqual(first.Key, other.Key);
        Assert.StartsWith("PATCH /webhooks/11/", first.Key, StringComparison.Ordinal);
        Assert.EndsWith("/messages/{id}", first.Key, StringComparison.Ordinal);
        Assert.DoesNotContain("token-one", first.Key, StringComparison.Ordinal);
        Assert.Equal("webhooks/11/token-one/messages/5", first.Path);
    }

    [Fact]
    public void Values_are_escaped_into_the_path()
    {
        var route = DiscordRoute.Create(HttpMethod.Get, "/webhooks/{webhook_id}/{interaction_token}", DiscordRouteKind.InteractionWebhook, "11", "a/b?c");

        Assert.Equal("webhooks/11/a%2Fb%3Fc", route.Path);
    }

    [Fact]
    public void A_template_and_its_values_must_match()
    {
        Assert.Throws<ArgumentException>(() => DiscordRoute.Create(HttpMethod.Get, "/channels/{channel_id}", DiscordRouteKind.Bot));
        Assert.Throws<ArgumentException>(() => DiscordRoute.Create(HttpMethod.Get, "/channels/{channel_id}", DiscordRouteKind.Bot, "1", "2"));
    }

    [Fact]
    public void Only_bot_routes_use_the_bot_token_and_the_global_limit()
    {
        var bot = DiscordRoute.Create(HttpMethod.Get, "/gateway/bot", DiscordRouteKind.Bot);
        var callback = DiscordRoute.Create(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", DiscordRouteKind.InteractionCallback, "1", "t");

        Assert.True(bot.UsesBotToken);
        Assert.False(bot.IsExemptFromGlobalLimit);
        Assert.False(callback.UsesBotToken);
        Assert.True(callback.IsExemptFromGlobalLimit);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord.Tests.Gateway;

public sealed class GatewayPartsTests
{
    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg/resume", "wss://gateway-us-east1-b.discord.gg/resume?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/?v=9", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/gw?shard=1", "ws://127.0.0.1:5000/gw?shard=1&v=10&encoding=json")]
    public void Gateway_address_gets_version_and_encoding_keeping_its_path_and_query(string input, string expected)
        => Assert.Equal(new Uri(expected), GatewayUri.WithGatewayQuery(new Uri(input)));

    [Fact]
    public void Backoff_is_immediate_after_a_healthy_connection_then_doubles_to_the_cap()
    {
        var backoff = new GatewayReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 1.0);

        var delays = new[]
        {
            backoff.NextDelay(lastConnectionWasHealthy: true),
            backoff.NextDelay(false),
            backoff.NextDelay(false),
            backoff.NextDelay(false),
        }.Select(d => d.TotalSeconds);
        for (var i = 0; i < 10; i++)
        {
            backoff.NextDelay(false);
        }

        Assert.Equal(new[] { 0.0, 1, 2, 4 }, delays);
        Assert.Equal(60, backoff.NextDelay(false).TotalSeconds);
        Assert.Equal(TimeSpan.Zero, backoff.NextDelay(lastConnectionWasHealthy: true));
    }

    [Fact]
    public void Backoff_jitter_keeps_at_least_half_the_delay()
    {
        var backoff = new GatewayReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 0.0);
        backoff.NextDelay(true);

        Assert.Equal(0.5, backoff.NextDelay(false).TotalSeconds);
    }

    [Theory]
    [InlineData("""{"op":0,"d":{},"s":5,"t":"MESSAGE_CREATE"}""", true)]
    [InlineData("""{"op":11}""", true)]
    [InlineData("""{"op":1.5}""", false)]
    [InlineData("""{"op":0,"s":-1}""", false)]
    [InlineData("""{"op":null}""", false)]
    [InlineData("null", false)]
    [InlineData("", false)]
    public void Parser_accepts_only_the_documented_frame_shape(string json, bool accepted)
    {
        var payload = GatewayPayloadParser.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out var failure);

        Assert.Equal(accepted, payload is not null);
        Assert.Equal(accepted, failure.Length == 0);
    }

    [Theory]
    [InlineData("MESSAGE_CREATE", true)]
    [InlineData("GUILD_AUDIT_LOG_ENTRY_CREATE", true)]
    [InlineData("message_create", false)]
    [InlineData("", false)]
    [InlineData("READY\n", false)]
    public void Event_names_must_look_like_discords(string name, bool valid)
        => Assert.Equal(valid, GatewayPayloadParser.IsEventName(name));

    [Fact]
    public void Fatal_reasons_never_need_the_token_and_name_the_setting_to_check()
    {
        Assert.Contains("Discord:Token", GatewayCloseCodes.FatalReason(4004), StringComparison.Ordinal);
        Assert.Contains("Discord:Intents", GatewayCloseCodes.FatalReason(4014), StringComparison.Ordinal);
        Assert.Null(GatewayCloseCodes.FatalReason(4000));
        Assert.Null(GatewayCloseCodes.FatalReason(4009));
    }

    [Fact]
    public void Gateway_client_is_registered_once_for_the_whole_app()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new DiscordClientOptions { Token = "t" }));
        services.AddSingleton(Mock.Of<IGatewayUrlProvider>());
        services.AddDiscordGateway();
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<GatewayClient>();

        Assert.Same(first, provider.GetRequiredService<GatewayClient>());
    }

    [Fact]
    public void Settings_that_would_break_the_send_budget_are_refused_at_construction()
    {
        var gateway = new GatewayOptions { SendLimit = 10, HeartbeatSendReserve = 10 };

        Assert.Throws<ArgumentOutOfRangeException>(() => new GatewayClient(
            Options.Create(new DiscordClientOptions { Token = "t" }),
            Options.Create(gateway),
            Mock.Of<IGatewayUrlProvider>(),
            TimeProvider.System,
            new CapturingLogger<GatewayClient>()));
    }
}

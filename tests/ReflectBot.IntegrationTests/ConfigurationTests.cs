using Microsoft.Extensions.Options;
using ReflectBot.Cli;
using ReflectBot.Hosting;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task With_a_dev_guild_the_commands_are_registered_in_that_guild_only()
    {
        await using var probe = await TestBot.CreateAsync();
        var guildId = probe.Discord.World.Guild.Id;
        await probe.StartHostAsync(new() { ["Discord:DevGuildId"] = guildId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var put = await probe.Control.WaitForRequestsAsync("PUT", "/applications/*", 1, TestBot.Patience, CancellationToken.None);

        Assert.Equal($"/api/v10/applications/{probe.Discord.World.ApplicationId}/guilds/{guildId}/commands", Assert.Single(put.Requests).Path);
    }

    [Theory]
    [InlineData("Bot:MaxConcurrentInteractions", "0", "MaxConcurrentInteractions")]
    [InlineData("Bot:AutoDeferAfter", "00:00:05", "AutoDeferAfter")]
    [InlineData("Discord:ApiBaseAddress", "", "ApiBaseAddress")]
    [InlineData("UserLimits:CommandsPerMinute", "0", "CommandsPerMinute")]
    [InlineData("UserLimits:ClicksPerMinute", "-1", "ClicksPerMinute")]
    [InlineData("UserLimits:SuggestionsPerMinute", "0", "SuggestionsPerMinute")]
    public async Task A_bad_setting_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        await using var bot = await TestBot.CreateAsync();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.StartHostAsync(new() { [key] = value }));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_can_come_from_ReflectBot_prefixed_environment_variables()
    {
        const string Variable = "ReflectBot__Discord__DevGuildId";
        Environment.SetEnvironmentVariable(Variable, "424242");
        try
        {
            var builder = ReflectBotHost.CreateBuilder([], userSecrets: false);

            Assert.Equal("424242", builder.Configuration["Discord:DevGuildId"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public void Command_line_settings_win_over_environment_variables()
    {
        const string Variable = "ReflectBot__Bot__MaxConcurrentInteractions";
        Environment.SetEnvironmentVariable(Variable, "3");
        try
        {
            var builder = ReflectBotHost.CreateBuilder(["--Bot:MaxConcurrentInteractions=7"], userSecrets: false);

            Assert.Equal("7", builder.Configuration["Bot:MaxConcurrentInteractions"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public async Task Validate_verb_lists_errors_with_file_and_line_and_fails()
    {
        var prompts = Directory.CreateTempSubdirectory("reflectbot-validate-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(prompts, "pages"));
            foreach (var page in new[] { "about", "help" })
            {
                File.Copy(Path.Combine(RepositoryPaths.Prompts, "pages", page + ".yaml"), Path.Combine(prompts, "pages", page + ".yaml"));
            }

            await File.AppendAllTextAsync(Path.Combine(prompts, "pages", "help.yaml"), "mood: [unclosed\n");
            using var output = new StringWriter();
            using var errors = new StringWriter();

            var exitCode = await CliVerbs.TryRunAsync(["validate", prompts], output, errors, CancellationToken.None);

            Assert.Equal(1, exitCode);
            Assert.Matches(@"pages/help\.yaml:\d+:\d+: ", errors.ToString());
        }
        finally
        {
            Directory.Delete(prompts, recursive: true);
        }
    }

    [Fact]
    public async Task Validate_verb_accepts_the_repository_prompts()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CliVerbs.TryRunAsync(["validate", RepositoryPaths.Prompts], output, errors, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors.ToString());
    }
}

using System.Diagnostics;
using ReflectBot.Cli;
using ReflectBot.Core.Content;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

public sealed class StartupTests
{
    private const int EphemeralFlag = 64;

    [Fact]
    public async Task Bot_identifies_registers_the_commands_the_cli_prints_and_answers_about_privately_in_time()
    {
        await using var bot = await TestBot.StartAsync();

        var registered = await bot.Control.WaitForRequestsAsync("PUT", "/applications/*", 1, TestBot.Patience, CancellationToken.None);
        var put = Assert.Single(registered.Requests, r => r.Method == "PUT");
        Assert.Equal(200, put.Status);
        var cliJson = await RunCommandsVerbAsync();
        JsonAssert.SameJson(cliJson, put.RawBody!);

        var about = await bot.RunCommandAsync("about", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        var answer = await bot.WaitForAnswerAsync(about);

        Assert.True(answer.AnsweredInTime);
        Assert.Equal(4, answer.InitialResponse!.Type);
        Assert.Equal(EphemeralFlag, answer.InitialResponse.Data!["flags"]!.GetValue<int>() & EphemeralFlag);
        Assert.Contains("ReflectBot", answer.InitialResponse.Data!["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_answers_in_a_dm_with_the_bot()
    {
        await using var bot = await TestBot.StartAsync();

        var help = await bot.RunCommandAsync("help", bot.Discord.World.Member.Id, channelId: null);
        var answer = await bot.WaitForAnswerAsync(help);

        Assert.True(answer.AnsweredInTime);
        Assert.Equal(4, answer.InitialResponse!.Type);
        Assert.NotNull(answer.InitialResponse.Data!["embeds"]![0]!["description"]);
    }

    [Fact]
    public async Task Commands_verb_prints_only_the_json_array_without_a_token()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "exec", Path.Combine(AppContext.BaseDirectory, "ReflectBot.dll"), "commands" },
        };
        start.Environment.Remove("ReflectBot__Discord__Token");
        start.Environment.Remove("Discord__Token");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TestBot.Patience);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
        var json = await stdout;
        JsonAssert.SameJson(await RunCommandsVerbAsync(), json);
        var names = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("about", names);
        Assert.Contains("help", names);
    }

    [Fact]
    public async Task Start_with_a_broken_prompts_file_fails_naming_the_file_and_line()
    {
        var prompts = Directory.CreateTempSubdirectory("reflectbot-prompts-").FullName;
        try
        {
            CopyFolder(RepositoryPaths.Prompts, prompts);
            var about = Path.Combine(prompts, "pages", "about.yaml");
            var lines = File.ReadAllLines(about).ToList();
            lines.Insert(1, "colour: teal");
            File.WriteAllLines(about, lines);

            await using var bot = await TestBot.CreateAsync();
            var failure = await Assert.ThrowsAsync<ContentValidationException>(
                () => bot.StartHostAsync(new() { ["Content:PromptsPath"] = prompts }));

            Assert.Contains("pages/about.yaml:2:", failure.Message, StringComparison.Ordinal);
            Assert.Contains("colour", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(prompts, recursive: true);
        }
    }

    private static async Task<string> RunCommandsVerbAsync()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliVerbs.TryRunAsync(
            ["commands", $"--Content:PromptsPath={RepositoryPaths.Prompts}"], output, errors, CancellationToken.None);
        Assert.Equal(0, exitCode);
        Assert.Equal("", errors.ToString());
        return output.ToString();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

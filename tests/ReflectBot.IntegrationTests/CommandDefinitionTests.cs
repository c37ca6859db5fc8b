using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReflectBot.Cli;
using ReflectBot.IntegrationTests.Support;

namespace ReflectBot.IntegrationTests;

/// <summary>Every command the bot registers fits Discord's limits for names, descriptions, options and choices.</summary>
public sealed partial class CommandDefinitionTests
{
    [Fact]
    public async Task Every_registered_command_fits_discords_limits()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        await CliVerbs.TryRunAsync(["commands", $"--Content:PromptsPath={RepositoryPaths.Prompts}"], output, errors, CancellationToken.None);
        var commands = JsonNode.Parse(output.ToString())!.AsArray();

        Assert.InRange(commands.Count, 1, 100);
        Assert.Contains(commands, c => c!["name"]!.GetValue<string>() == "quiz");
        foreach (var command in commands.Select(c => c!))
        {
            var total = CheckNamed(command);
            total += CheckOptions(command["options"]?.AsArray());
            Assert.True(total <= 8000, $"{command["name"]} has {total} characters of names, descriptions and values");
        }
    }

    private static int CheckOptions(JsonArray? options)
    {
        if (options is null)
        {
            return 0;
        }

        Assert.InRange(options.Count, 0, 25);
        var total = 0;
        var seenOptional = false;
        foreach (var option in options.Select(o => o!))
        {
            total += CheckNamed(option);
            var required = option["required"]?.GetValue<bool>() ?? false;
            Assert.False(required && seenOptional, $"required option {option["name"]} comes after an optional one");
            seenOptional |= !required;
            var choices = option["choices"]?.AsArray() ?? [];
            Assert.InRange(choices.Count, 0, 25);
            foreach (var choice in choices.Select(c => c!))
            {
                var name = choice["name"]!.GetValue<string>();
                Assert.InRange(name.Length, 1, 100);
                var value = choice["value"]!.ToString();
                Assert.InRange(value.Length, 1, 100);
                total += name.Length + value.Length;
            }

            total += CheckOptions(option["options"]?.AsArray());
        }

        return total;
    }

    private static int CheckNamed(JsonNode node)
    {
        var name = node["name"]!.GetValue<string>();
        var description = node["description"]!.GetValue<string>();
        Assert.Matches(CommandName(), name);
        Assert.Equal(name.ToLowerInvariant(), name);
        Assert.InRange(description.Length, 1, 100);
        return name.Length + description.Length;
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex CommandName();
}

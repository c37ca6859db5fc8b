using System.Globalization;
using ReflectBot.Commands.Cards;
using ReflectBot.Commands.PromptOfTheDay;
using ReflectBot.Commands.Safety;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Servers;

namespace ReflectBot.Commands.Config;

/// <summary>
/// /config: a server's settings, for members with Manage Server. Discord hides the command from
/// others by default, and every subcommand checks the member's permissions again itself.
/// </summary>
public sealed class ConfigCommand(PromptOfTheDaySettings promptOfTheDay, CardSettings cards, CrisisResourceSettings crisisResources) : ISlashCommand
{
    public const string Name = "config";
    public const string ChannelOption = "channel";
    public const string TimeOption = "time";
    public const string ThreadOption = "thread";
    public const string RoleOption = "role";
    public const string AllowedOption = "allowed";
    public const string TextOption = "text";

    public ApplicationCommand Definition { get; } = new()
    {
        Name = Name,
        Description = "Server settings for ReflectBot (Manage Server)",
        Type = ApplicationCommandType.ChatInput,
        DefaultMemberPermissions = ((ulong)Permissions.ManageGuild).ToString(CultureInfo.InvariantCulture),
        Contexts = [InteractionContextType.Guild],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
        Options =
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "reflection-channel",
                Description = "Post a reflection prompt every day in a channel",
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.Channel,
                        Name = ChannelOption,
                        Description = "Where to post the prompt",
                        Required = true,
                        ChannelTypes = [ChannelType.GuildText, ChannelType.GuildAnnouncement],
                    },
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String,
                        Name = TimeOption,
                        Description = "Local time on a 24-hour clock, for example 09:00",
                        Required = true,
                        MinLength = 4,
                        MaxLength = 5,
                    },
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String,
                        Name = Checkins.TimeZoneSuggestions.OptionName,
                        Description = "The server's time zone: type a city or country",
                        Required = true,
                        Autocomplete = true,
                        MaxLength = 64,
                    },
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.Boolean,
                        Name = ThreadOption,
                        Description = "Start a thread under each prompt for answers (default: no)",
                    },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "reflection-off",
                Description = "Stop posting the reflection prompt of the day",
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "mod-role",
                Description = "Let members with a role share explainer cards (besides Manage Messages)",
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.Role,
                        Name = RoleOption,
                        Description = "The role whose members may use /card share",
                        Required = true,
                    },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "mod-role-clear",
                Description = "Only members with Manage Messages may share explainer cards",
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "mature-cards",
                Description = "Allow sharing cards about sex in age-restricted channels (default: allowed)",
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.Boolean,
                        Name = AllowedOption,
                        Description = "True: allowed in age-restricted channels. False: never shared here.",
                        Required = true,
                    },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "crisis-resources",
                Description = "Crisis lines and support to show members here instead of the international defaults",
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String,
                        Name = TextOption,
                        Description = "Where members can find help (Markdown and links work)",
                        Required = true,
                        MaxLength = CrisisResourceSettings.MaxLength,
                    },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "crisis-resources-clear",
                Description = "Show the default international crisis resources again",
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "show",
                Description = "Show this server's ReflectBot settings",
            },
        ],
    };

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data!;
        var path = data.CommandPath;
        return (path.Count > 1 ? path[1] : null) switch
        {
            "reflection-channel" => promptOfTheDay.SetAsync(
                context,
                ResolvedChannel(data),
                data.GetString(TimeOption),
                data.GetString(Checkins.TimeZoneSuggestions.OptionName),
                data.GetBoolean(ThreadOption) ?? false,
                cancellationToken),
            "reflection-off" => promptOfTheDay.OffAsync(context, cancellationToken),
            "mod-role" => cards.SetModRoleAsync(context, data.GetOption(RoleOption)?.AsSnowflake(), cancellationToken),
            "mod-role-clear" => cards.ClearModRoleAsync(context, cancellationToken),
            "mature-cards" => cards.SetMatureAllowedAsync(context, data.GetBoolean(AllowedOption), cancellationToken),
            "crisis-resources" => crisisResources.SetAsync(context, data.GetString(TextOption), cancellationToken),
            "crisis-resources-clear" => crisisResources.ClearAsync(context, cancellationToken),
            "show" => ShowAsync(context, cancellationToken),
            _ => context.RespondAsync(InteractionReply.Text("Please pick one of the /config subcommands from the list."), cancellationToken),
        };
    }

    private async Task ShowAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        var lines = new[]
        {
            await promptOfTheDay.DescribeAsync(guildId, cancellationToken),
            await cards.DescribeAsync(guildId, cancellationToken),
            await crisisResources.DescribeAsync(guildId, cancellationToken),
        };
        await context.RespondAsync(InteractionReply.Text(string.Join('\n', lines)), cancellationToken);
    }

    private static Channel? ResolvedChannel(InteractionData data)
        => data.GetOption(ChannelOption)?.AsSnowflake() is { } id && data.Resolved?.Channels?.TryGetValue(id, out var channel) == true ? channel : null;
}

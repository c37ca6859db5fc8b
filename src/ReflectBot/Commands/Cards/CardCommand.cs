using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Cards;

/// <summary>/card show, list and share: short explainers to read privately, or for moderators to post in a channel.</summary>
public sealed class CardCommand(CardLibrary library, CardSharing sharing) : ISlashCommand
{
    public const string Name = "card";
    public const string ShowSubcommand = "show";
    public const string ListSubcommand = "list";
    public const string ShareSubcommand = "share";
    public const string TopicOption = "topic";
    public const string ChannelOption = "channel";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name,
        "Short explainers on bonding, attachment and healing",
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = ShowSubcommand,
                Description = "Read a card, privately",
                Options = [TopicOptionDefinition()],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = ListSubcommand,
                Description = "See every card, by theme",
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = ShareSubcommand,
                Description = "Post a card in a channel (moderators)",
                Options =
                [
                    TopicOptionDefinition(),
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.Channel,
                        Name = ChannelOption,
                        Description = "Where to post it (default: this channel)",
                        ChannelTypes = [ChannelType.GuildText, ChannelType.GuildAnnouncement],
                    },
                ],
            },
        ]);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data!;
        var path = data.CommandPath;
        var subcommand = path.Count > 1 ? path[1] : null;
        if (subcommand == ListSubcommand)
        {
            return context.RespondAsync(CardView.List(library.ByTheme()), cancellationToken);
        }

        if (subcommand is not (ShowSubcommand or ShareSubcommand))
        {
            return context.RespondAsync(InteractionReply.Text("Please pick one of the /card subcommands from the list."), cancellationToken);
        }

        if (library.Find(data.GetString(TopicOption)) is not { } card)
        {
            return context.RespondAsync(InteractionReply.Text(CardTexts.UnknownTopic), cancellationToken);
        }

        return subcommand == ShowSubcommand
            ? context.RespondAsync(CardView.Private(card), cancellationToken)
            : sharing.ShareAsync(context, card, data.GetOption(ChannelOption)?.AsSnowflake(), cancellationToken);
    }

    private static ApplicationCommandOption TopicOptionDefinition() => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = TopicOption,
        Description = "Start typing to pick a card",
        Required = true,
        Autocomplete = true,
        MaxLength = 100,
    };
}

using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Checkins;

/// <summary>/checkin start|status|pause|resume|stop|summary: opting in to daily DM check-ins and managing them.</summary>
public sealed class CheckinCommand(CheckinSubscriptionActions actions) : ISlashCommand
{
    public const string Name = "checkin";
    public const string TimeOption = "time";
    public const string TimeZoneOption = "timezone";
    public const string DaysOption = "days";
    public const string EnabledOption = "enabled";
    public const int MaxPauseDays = 30;

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name,
        "Daily check-ins by DM: a short prompt, your mood, a private journal",
        [
            Subcommand("start", "Get a check-in by DM every day at your own time", [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = TimeOption,
                    Description = "Local time on a 24-hour clock, for example 08:30 or 21:00",
                    Required = true,
                    MinLength = 4,
                    MaxLength = 5,
                },
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = TimeZoneOption,
                    Description = "Your time zone: type a city or country, for example Berlin",
                    Required = true,
                    Autocomplete = true,
                    MaxLength = 64,
                },
            ]),
            Subcommand("status", "Your check-in time, the next one, your streak"),
            Subcommand("pause", "Take a break from check-ins for a few days", [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.Integer,
                    Name = DaysOption,
                    Description = "How many days (1 to 30)",
                    Required = true,
                    MinValue = 1,
                    MaxValue = MaxPauseDays,
                },
            ]),
            Subcommand("resume", "End a pause, or start again after DMs could not reach you"),
            Subcommand("stop", "Turn daily check-ins off (your journal stays)"),
            Subcommand("summary", "Turn the weekly summary DM on or off", [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.Boolean,
                    Name = EnabledOption,
                    Description = "True to get a weekly look back each Sunday, False to stop it",
                    Required = true,
                },
            ]),
        ]);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data!;
        var path = data.CommandPath;
        return (path.Count > 1 ? path[1] : null) switch
        {
            "start" => actions.StartAsync(context, data.GetString(TimeOption), data.GetString(TimeZoneOption), cancellationToken),
            "status" => actions.StatusAsync(context, cancellationToken),
            "pause" => actions.PauseAsync(context, data.GetInt64(DaysOption), cancellationToken),
            "resume" => actions.ResumeAsync(context, cancellationToken),
            "stop" => actions.StopAsync(context, cancellationToken),
            "summary" => actions.SetSummaryAsync(context, data.GetBoolean(EnabledOption) ?? true, cancellationToken),
            _ => context.RespondAsync(InteractionReply.Text("Please pick one of the /checkin subcommands from the list."), cancellationToken),
        };
    }

    private static ApplicationCommandOption Subcommand(string name, string description, IReadOnlyList<ApplicationCommandOption>? options = null) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        Description = description,
        Options = options,
    };
}

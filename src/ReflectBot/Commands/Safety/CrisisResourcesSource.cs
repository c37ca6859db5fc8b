using ReflectBot.Core.Content;
using ReflectBot.Data.Safety;
using ReflectBot.Discord.Models;

namespace ReflectBot.Commands.Safety;

/// <summary>
/// Where to find help, for every place that shows it: the server's own text when the interaction came
/// from a server that set one, otherwise the default resources in prompts/crisis/resources.
/// </summary>
public sealed partial class CrisisResourcesSource(
    GuildSafetyRepository guilds,
    ContentCatalogProvider content,
    ILogger<CrisisResourcesSource> logger)
{
    /// <summary>The default international resources.</summary>
    public string Default => content.Current.CrisisResources.Text;

    /// <summary>The resources to show for an interaction from <paramref name="guildId"/> (null in DMs); never fails to give some.</summary>
    public async Task<string> ForAsync(Snowflake? guildId, CancellationToken cancellationToken)
    {
        if (guildId is not { } id)
        {
            return Default;
        }

        try
        {
            return await guilds.GetCrisisResourcesAsync(id.Value, cancellationToken) is { Length: > 0 } own ? own : Default;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogServerResourcesUnreadable(exception);
            return Default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read a server's crisis resources; showed the default ones")]
    private partial void LogServerResourcesUnreadable(Exception exception);
}

using System.Globalization;
using ReflectBot.Data.Privacy;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Privacy;

/// <summary>/mydata export: everything kept about the person as one private JSON file, if Discord can carry it.</summary>
public sealed class MyDataExport(UserDataRepository repository)
{
    /// <summary>Discord's attachment limit for bots when an interaction does not say its own.</summary>
    public const long DefaultAttachmentLimit = 10 * 1024 * 1024;

    public async Task SendAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var export = await repository.ExportAsync(context.User.Id.Value, cancellationToken);
        var counts = export.Tables.ToDictionary(pair => pair.Key, pair => pair.Value.Count, StringComparer.Ordinal);
        if (!HoldsAnything(counts))
        {
            await context.RespondAsync(InteractionReply.Text(PrivacyTexts.NothingStored), cancellationToken);
            return;
        }

        var json = export.ToJson();
        var limit = context.Interaction.AttachmentSizeLimit ?? DefaultAttachmentLimit;
        if (json.LongLength > limit)
        {
            await context.RespondAsync(InteractionReply.Text(PrivacyTexts.ExportTooLarge(json.LongLength, limit)), cancellationToken);
            return;
        }

        await context.RespondAsync(new InteractionReply
        {
            Content = PrivacyTexts.ExportSummary(StoredDataWords.Describe(counts)),
            Files = [new FileAttachment(FileName(export.ExportedAt), json, "application/json")],
        }, cancellationToken);
    }

    /// <summary>reflectbot-data-yyyy-MM-dd.json, dated in UTC.</summary>
    public static string FileName(DateTimeOffset exportedAt)
        => string.Create(CultureInfo.InvariantCulture, $"reflectbot-data-{exportedAt.UtcDateTime:yyyy-MM-dd}.json");

    /// <summary>Whether anything beyond the bare profile row is kept: a profile alone is not worth a file.</summary>
    public static bool HoldsAnything(IReadOnlyDictionary<string, int> rowsByTable)
    {
        ArgumentNullException.ThrowIfNull(rowsByTable);
        return rowsByTable.Any(pair => pair.Key != "users" && pair.Value > 0);
    }
}

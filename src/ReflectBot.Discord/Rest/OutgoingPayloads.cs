using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Rest;

/// <summary>
/// Last touches on outgoing bodies: a message pings nobody unless the caller allowed it, and uploaded files
/// are listed in attachments as {id = n, filename} so Discord can match them to files[n].
/// </summary>
internal static class OutgoingPayloads
{
    public static MessageCreate Prepare(MessageCreate message, IReadOnlyList<FileAttachment>? files)
        => message with
        {
            AllowedMentions = message.AllowedMentions ?? AllowedMentions.None,
            Attachments = WithFiles(message.Attachments, files),
        };

    public static MessageEdit Prepare(MessageEdit edit, IReadOnlyList<FileAttachment>? files)
        => edit with
        {
            AllowedMentions = edit.AllowedMentions ?? AllowedMentions.None,
            Attachments = WithFiles(edit.Attachments, files),
        };

    public static InteractionResponse Prepare(InteractionResponse response, IReadOnlyList<FileAttachment>? files)
    {
        var carriesMessage = response.Type is InteractionCallbackType.ChannelMessageWithSource
            or InteractionCallbackType.DeferredChannelMessageWithSource
            or InteractionCallbackType.UpdateMessage;
        if (!carriesMessage || (response.Data is null && files is not { Count: > 0 }))
        {
            return response;
        }

        var data = response.Data ?? new InteractionCallbackData();
        return response with
        {
            Data = data with
            {
                AllowedMentions = data.AllowedMentions ?? AllowedMentions.None,
                Attachments = WithFiles(data.Attachments, files),
            },
        };
    }

    private static IReadOnlyList<Attachment>? WithFiles(IReadOnlyList<Attachment>? attachments, IReadOnlyList<FileAttachment>? files)
    {
        if (files is not { Count: > 0 })
        {
            return attachments;
        }

        var merged = attachments?.ToList() ?? [];
        for (var index = 0; index < files.Count; index++)
        {
            var id = new Snowflake((ulong)index);
            if (!merged.Exists(attachment => attachment.Id == id))
            {
                merged.Add(new Attachment { Id = id, Filename = files[index].FileName });
            }
        }

        return merged;
    }
}

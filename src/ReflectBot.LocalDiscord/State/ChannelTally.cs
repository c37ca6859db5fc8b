namespace ReflectBot.LocalDiscord.State;

/// <summary>Totals of one kind of message (the bot's DMs), kept as messages come and go so reading them costs nothing.</summary>
internal sealed record ChannelTallySummary(int Channels, int Messages, int ChannelsWithMoreThanOne);

/// <summary>Messages per channel for the messages a predicate accepts; not thread-safe, the message store locks around it.</summary>
internal sealed class ChannelTally(Func<StoredMessage, bool> counts)
{
    private readonly Dictionary<ulong, int> _perChannel = [];
    private int _messages;
    private int _channelsWithMoreThanOne;

    public void Added(StoredMessage message)
    {
        if (!counts(message))
        {
            return;
        }

        var count = _perChannel.GetValueOrDefault(message.ChannelId) + 1;
        _perChannel[message.ChannelId] = count;
        _messages++;
        if (count == 2)
        {
            _channelsWithMoreThanOne++;
        }
    }

    public void Removed(StoredMessage message)
    {
        if (!counts(message) || !_perChannel.TryGetValue(message.ChannelId, out var count))
        {
            return;
        }

        _messages--;
        if (count == 2)
        {
            _channelsWithMoreThanOne--;
        }

        if (count == 1)
        {
            _perChannel.Remove(message.ChannelId);
        }
        else
        {
            _perChannel[message.ChannelId] = count - 1;
        }
    }

    public ChannelTallySummary Summary() => new(_perChannel.Count, _messages, _channelsWithMoreThanOne);

    public IReadOnlyDictionary<ulong, int> PerChannel() => new Dictionary<ulong, int>(_perChannel);
}

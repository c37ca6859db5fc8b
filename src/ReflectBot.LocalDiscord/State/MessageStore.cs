namespace ReflectBot.LocalDiscord.State;

/// <summary>
/// Messages per channel, attachments, and the nonces enforce_nonce deduplicates on. Messages that
/// <paramref name="tallied"/> accepts (the bot's DMs) are also counted per channel as they come and go.
/// </summary>
internal sealed class MessageStore(Func<StoredMessage, bool> tallied)
{
    private static readonly TimeSpan NonceWindow = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, StoredMessage> _byId = [];
    private readonly Dictionary<ulong, List<ulong>> _byChannel = [];
    private readonly Dictionary<(ulong Author, string Nonce), (ulong MessageId, DateTimeOffset At)> _nonces = [];
    private readonly Dictionary<ulong, StoredAttachment> _attachments = [];
    private readonly ChannelTally _tally = new(tallied);

    public ChangeSignal Changed { get; } = new();

    public void Add(StoredMessage message)
    {
        lock (_lock)
        {
            _byId[message.Id] = message;
            if (!_byChannel.TryGetValue(message.ChannelId, out var ids))
            {
                _byChannel[message.ChannelId] = ids = [];
            }

            ids.Add(message.Id);
            _tally.Added(message);
        }

        Changed.Notify();
    }

    public StoredMessage? Find(ulong id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public StoredMessage? Replace(ulong id, Func<StoredMessage, StoredMessage> change)
    {
        StoredMessage? updated = null;
        lock (_lock)
        {
            if (_byId.TryGetValue(id, out var current))
            {
                _byId[id] = updated = change(current);
            }
        }

        Changed.Notify();
        return updated;
    }

    public bool Delete(ulong id)
    {
        lock (_lock)
        {
            if (!_byId.Remove(id, out var removed))
            {
                return false;
            }

            _byChannel[removed.ChannelId].Remove(id);
            _tally.Removed(removed);
        }

        Changed.Notify();
        return true;
    }

    public IReadOnlyList<StoredMessage> InChannel(ulong channelId)
    {
        lock (_lock)
        {
            return _byChannel.TryGetValue(channelId, out var ids) ? [.. ids.Select(id => _byId[id])] : [];
        }
    }

    /// <summary>How many tallied messages each channel holds; channels with none are left out.</summary>
    public IReadOnlyDictionary<ulong, int> TalliedPerChannel()
    {
        lock (_lock)
        {
            return _tally.PerChannel();
        }
    }

    /// <summary>Channels with tallied messages, the messages, and the channels holding more than one.</summary>
    public ChannelTallySummary TallySummary()
    {
        lock (_lock)
        {
            return _tally.Summary();
        }
    }

    /// <summary>The message first created with this nonce by this author within the dedupe window, if any.</summary>
    public StoredMessage? FindByNonce(ulong authorId, string nonce, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _nonces.TryGetValue((authorId, nonce), out var seen) && now - seen.At <= NonceWindow
                ? _byId.GetValueOrDefault(seen.MessageId)
                : null;
        }
    }

    public void RememberNonce(ulong authorId, string nonce, ulong messageId, DateTimeOffset at)
    {
        lock (_lock)
        {
            _nonces[(authorId, nonce)] = (messageId, at);
        }
    }

    public void AddAttachment(StoredAttachment attachment)
    {
        lock (_lock)
        {
            _attachments[attachment.Id] = attachment;
        }
    }

    public StoredAttachment? FindAttachment(ulong id)
    {
        lock (_lock)
        {
            return _attachments.GetValueOrDefault(id);
        }
    }
}

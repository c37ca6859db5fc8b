namespace ReflectBot.LocalDiscord.State;

/// <summary>Messages per channel, attachments, and the nonces enforce_nonce deduplicates on.</summary>
internal sealed class MessageStore
{
    private static readonly TimeSpan NonceWindow = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, StoredMessage> _byId = [];
    private readonly Dictionary<ulong, List<ulong>> _byChannel = [];
    private readonly Dictionary<(ulong Author, string Nonce), (ulong MessageId, DateTimeOffset At)> _nonces = [];
    private readonly Dictionary<ulong, StoredAttachment> _attachments = [];

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

    /// <summary>How many messages each channel holds that <paramref name="counts"/> accepts; channels with none are left out.</summary>
    public IReadOnlyDictionary<ulong, int> CountPerChannel(Func<StoredMessage, bool> counts)
    {
        var result = new Dictionary<ulong, int>();
        lock (_lock)
        {
            foreach (var (channelId, ids) in _byChannel)
            {
                var count = ids.Count(id => counts(_byId[id]));
                if (count > 0)
                {
                    result[channelId] = count;
                }
            }
        }

        return result;
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

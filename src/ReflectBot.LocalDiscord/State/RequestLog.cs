using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.LocalDiscord.State;

/// <summary>Every REST request the bot made, in arrival order, and the invalid-request count Discord would keep.</summary>
internal sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RequestRecord> _records = [];
    private long _nextId;
    private int _invalid;

    public ChangeSignal Changed { get; } = new();

    public long NextId() => Interlocked.Increment(ref _nextId);

    public void Add(RequestRecord record)
    {
        lock (_lock)
        {
            _records.Add(record);
            if (record.Status is 401 or 403 or 429)
            {
                _invalid++;
            }
        }

        Changed.Notify();
    }

    public RequestLogSnapshot Since(long sinceId, Func<RequestRecord, bool>? filter = null)
    {
        lock (_lock)
        {
            return new RequestLogSnapshot([.. _records.Where(r => r.Id > sinceId && (filter?.Invoke(r) ?? true))], _invalid);
        }
    }
}

using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.LocalDiscord.State;

/// <summary>
/// The newest REST requests the bot made (at most <c>capacity</c>), in arrival order, and the invalid-request count
/// Discord would keep over all of them.
/// </summary>
internal sealed class RequestLog(int capacity)
{
    private readonly int _capacity = capacity > 0
        ? capacity
        : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The request log must keep at least one request.");
    private readonly Lock _lock = new();
    private readonly Queue<RequestRecord> _records = new();
    private long _nextId;
    private int _invalid;

    public ChangeSignal Changed { get; } = new();

    public long NextId() => Interlocked.Increment(ref _nextId);

    public void Add(RequestRecord record)
    {
        lock (_lock)
        {
            _records.Enqueue(record);
            if (_records.Count > _capacity)
            {
                _records.Dequeue();
            }

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

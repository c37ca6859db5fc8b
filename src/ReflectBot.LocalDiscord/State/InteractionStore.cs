using System.Collections.Concurrent;

namespace ReflectBot.LocalDiscord.State;

internal sealed class InteractionStore
{
    private readonly ConcurrentDictionary<ulong, InteractionRecord> _byId = new();
    private readonly ConcurrentDictionary<string, InteractionRecord> _byToken = new(StringComparer.Ordinal);

    public ChangeSignal Changed { get; } = new();

    public void Add(InteractionRecord record)
    {
        _byId[record.Id] = record;
        _byToken[record.Token] = record;
        Changed.Notify();
    }

    public InteractionRecord? Find(ulong id) => _byId.GetValueOrDefault(id);

    public InteractionRecord? FindByToken(string token) => _byToken.GetValueOrDefault(token);
}

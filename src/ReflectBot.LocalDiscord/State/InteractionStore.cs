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

    /// <summary>Totals over every interaction: (injected, answered, answered in time, refused as already answered).</summary>
    public (int Injected, int Answered, int InTime, int RefusedAsAnswered) Totals()
    {
        int injected = 0, answered = 0, inTime = 0, refused = 0;
        foreach (var record in _byId.Values)
        {
            injected++;
            if (record.Response is { } response)
            {
                answered++;
                inTime += response.InTime ? 1 : 0;
            }

            refused += record.History().Refused.Count(r => r.Code == AlreadyAcknowledgedCode);
        }

        return (injected, answered, inTime, refused);
    }

    private const int AlreadyAcknowledgedCode = 40060;
}

using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Contracts;

namespace CeasefireMonitor.Cli.Subscribing;

/// <summary>Prints each change once and in order per phase, keeping the last sequence seen of every phase.</summary>
public sealed class ChangePrinter(string? phase, bool json, int? max)
{
    private readonly Dictionary<string, int> _last = [];
    private int _printed;

    /// <summary>True when the message is the phase's next change or one already seen (so no gap lies before it).</summary>
    public bool IsNextOrSeen(PhaseStatusChanged m) => m.Sequence <= _last.GetValueOrDefault(m.PhaseId) + 1;

    /// <summary>Records the change and prints it when shown, unless filtered or already seen; true once --max changes are printed.</summary>
    public bool Offer(PhaseStatusChanged m, bool show)
    {
        // Sequences are dense per phase and the message id is phase + sequence, so this also drops duplicates by id.
        if (m.Sequence <= _last.GetValueOrDefault(m.PhaseId)) return false;
        _last[m.PhaseId] = m.Sequence;
        if (!show || (phase is not null && m.PhaseId != phase)) return false;
        Console.WriteLine(json
            ? JsonSerializer.Serialize(m, EventJson.Options)
            : $"{m.OccurredOn,-10}  {m.PhaseId}  #{m.Sequence}  {m.OldStatus ?? "(new)"} → {m.NewStatus}{(m.EndReason is null ? "" : $" ({m.EndReason})")}  \"{m.Evidence.FirstOrDefault()?.Sentence}\"");
        _printed++;
        return max is { } n && _printed >= n;
    }
}

using System.Runtime.CompilerServices;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Projections.Timeline;

/// <summary>
/// Each phase's events in date order. Reports of the same type, date and actors (and the same figures, for
/// casualties) are taken as one real-world event and merged, keeping every source (runs behind the append).
/// </summary>
public sealed class TimelineProjection : IProjection
{
    public const string ProjectionName = "timeline";

    // Each document's entries by what makes two reports one event, so a merge is a lookup rather than a scan of the phase.
    // A set of the entries themselves, looked up by key, holds a reference per entry rather than a copy of its key.
    private readonly ConditionalWeakTable<List<TimelineEntry>, HashSet<TimelineEntry>> _indexes = [];

    private TimelineSource? _lastSource;

    public string Name => ProjectionName;

    public Type DocumentType => typeof(TimelineDocument);

    public bool Handles(Type eventType) => typeof(IReportedEvent).IsAssignableFrom(eventType);

    public string? KeyOf(object e) => (e as IReportedEvent)?.PhaseId;

    public object Apply(object? document, object e, LogPosition at)
    {
        var reported = (IReportedEvent)e;
        var report = reported.Report;
        var casualties = (e as CasualtiesReported)?.Casualties;
        var source = SourceOf(report);
        var entries = (document as TimelineDocument)?.Entries as List<TimelineEntry> ?? [.. (document as TimelineDocument)?.Entries ?? []];
        var index = _indexes.GetValue(entries, BuildIndex);
        var actors = Sorted(report.Actors);
        var key = new EntryKey(reported.Type, report.OccurredOn, actors, casualties?.Killed, casualties?.Injured);
        if (index.GetAlternateLookup<EntryKey>().TryGetValue(key, out var entry))
        {
            if (!HasSource(entry.Sources, source)) SourcesOf(entry, entries).Add(source);
        }
        else
        {
            // Kept in date order by inserting in place rather than sorting the whole timeline for every event.
            entry = new TimelineEntry(reported.Type, report.OccurredOn, Interned(actors), report.Location, casualties, report.IsBackground, new List<TimelineSource>(1) { source });
            entries.Insert(InsertionPoint(entries, entry), entry);
            index.Add(entry);
        }
        // The entries grow in place, so the document of this phase is still the one given: no new one per event.
        return document is TimelineDocument same && ReferenceEquals(same.Entries, entries) && same.PhaseId == reported.PhaseId
            ? same
            : new TimelineDocument(reported.PhaseId, entries);
    }

    // Loops rather than lambdas: a closure per event was a tenth of a rebuild's garbage.
    private static bool HasSource(IReadOnlyList<TimelineSource> sources, TimelineSource source)
    {
        for (var i = 0; i < sources.Count; i++)
            if (sources[i].ArticleId == source.ArticleId && sources[i].Start == source.Start) return true;
        return false;
    }

    // After the last entry that sorts before or with it, as a scan from the end finds it.
    private static int InsertionPoint(List<TimelineEntry> entries, TimelineEntry entry)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
            if (entries[i].OccurredOn < entry.OccurredOn || (entries[i].OccurredOn == entry.OccurredOn && entries[i].Type <= entry.Type)) return i + 1;
        return 0;
    }

    // Sources grow in place; a list that did not come from here (deserialised read-only) is swapped for a growable copy once.
    private List<TimelineSource> SourcesOf(TimelineEntry entry, List<TimelineEntry> entries)
    {
        if (entry.Sources is List<TimelineSource> sources) return sources;
        var growable = new List<TimelineSource>(entry.Sources);
        var replaced = entry with { Sources = growable };
        entries[entries.IndexOf(entry)] = replaced;
        var index = _indexes.GetValue(entries, BuildIndex);
        index.Remove(entry);
        index.Add(replaced);
        return growable;
    }

    private static HashSet<TimelineEntry> BuildIndex(List<TimelineEntry> entries)
    {
        var index = new HashSet<TimelineEntry>(EntryKey.Comparer);
        // The first of equal entries wins, as a scan from the start would find it.
        foreach (var entry in entries) index.Add(entry);
        return index;
    }

    // Consecutive events mostly come from one article, often from one sentence: their sources share one copy of those strings.
    private TimelineSource SourceOf(EventReport report)
    {
        var (evidence, last) = (report.Evidence, _lastSource);
        var articleId = last is not null && last.ArticleId == evidence.ArticleId ? last.ArticleId : evidence.ArticleId;
        var sentence = last is not null && ReferenceEquals(articleId, last.ArticleId) && last.Start == evidence.Start && last.Sentence == evidence.Sentence
            ? last.Sentence
            : evidence.Sentence;
        return _lastSource = new TimelineSource(articleId, report.PublishedOn, sentence, evidence.Start, evidence.Length, report.Claim);
    }

    // Actor names come from a vocabulary of a few hundred; a timeline of 100,000 entries then holds each name once.
    private static string[] Interned(IReadOnlyList<string> actors)
    {
        var names = new string[actors.Count];
        for (var i = 0; i < names.Length; i++) names[i] = string.Intern(actors[i]);
        return names;
    }

    // Extraction mostly gives actors already distinct and in order; only the others are copied.
    private static IReadOnlyList<string> Sorted(IReadOnlyList<string> actors)
    {
        for (var i = 1; i < actors.Count; i++)
            if (string.CompareOrdinal(actors[i - 1], actors[i]) >= 0) return DistinctInOrder(actors);
        return actors;
    }

    // What Distinct().Order(StringComparer.Ordinal) gives, sorted in place: LINQ's iterators and buffers were a twentieth of a rebuild.
    private static string[] DistinctInOrder(IReadOnlyList<string> actors)
    {
        var names = new string[actors.Count];
        for (var i = 0; i < names.Length; i++) names[i] = actors[i];
        // A static comparison: Array.Sort with a comparer wraps it in a new delegate on every call.
        names.AsSpan().Sort(static (a, b) => string.CompareOrdinal(a, b));
        var count = 0;
        for (var i = 0; i < names.Length; i++)
            if (count == 0 || !string.Equals(names[count - 1], names[i], StringComparison.Ordinal)) names[count++] = names[i];
        return count == names.Length ? names : names[..count];
    }

}

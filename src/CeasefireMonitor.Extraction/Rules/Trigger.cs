using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Segmentation;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>
/// The words of a sentence that state an event; Year is set when the words themselves date it ("the 1994 truce");
/// NeedsParties when only two fighting sides as its subject make it that event ("X and Y reached an agreement").
/// </summary>
internal sealed record Trigger(EventType Type, int Start, int End, int? Year = null, bool NeedsParties = false) : ISentenceSpan;

using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Facts;

namespace CeasefireMonitor.Extraction.Conflicts;

/// <summary>Gives a draft its conflict: the primary one when it names a primary side or none (fighting the page reports without naming its parties is its main war), its own pair only for a clash between two others.</summary>
internal static class SideAssignment
{
    /// <param name="grounds">The states a primary side is based in (Lebanon for Hezbollah): a statement naming only them is about the primary war.</param>
    public static ConflictSides? For(FactDraft draft, ConflictSides? primary, IReadOnlyCollection<string> grounds)
    {
        var sides = draft.Sides;
        var touchesPrimary = primary is not null && sides.Any(s => s == primary.A || s == primary.B || grounds.Contains(s));
        // Calls, offers and casualty counts name outsiders (callers, victims' nationality); only two other sides mark another conflict.
        var secondary = draft.Type is EventType.CeasefireCalled or EventType.MediationOffered or EventType.CasualtiesReported && sides.Count < 2;
        if (primary is not null && (touchesPrimary || sides.Count == 0 || secondary)) return primary;
        if (draft.Type == EventType.ClashReported && sides.Count == 2) return new ConflictSides(sides[0], sides[1]);
        return null;
    }
}

using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Rules;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>A state whose city hosts the parties' talks ("the delegations met in Doha", "talks opened in Switzerland") mediates them as their host.</summary>
internal static partial class Hosts
{
    /// <summary>Whether the sentence may name talks at all (a meeting word): <see cref="Find"/> finds nothing in one that may not.</summary>
    public static bool MayFind(string sentence) => KeywordGate.For(Meeting()).MayMatch(sentence);

    public static (Trigger Trigger, List<SentenceActor> Hosts)? Find(string sentence, IReadOnlyList<SentenceActor> actors)
    {
        var meeting = Meeting().GatedMatch(sentence);
        if (!meeting.Success || Planned().GatedIsMatch(sentence) || OtherGathering().GatedIsMatch(sentence) || EnvoyNamed().GatedIsMatch(sentence)) return null;
        // "a week before the Moscow summit" times another event; "The council, meeting in Addis Ababa, adopted…" is a body's own session, not the parties' talks.
        if (TimeReference().IsMatch(sentence.AsSpan(0, meeting.Index)) || (OwnSession().IsMatch(sentence.AsSpan(0, meeting.Index)) && !actors.Any(a => a.CanFight && a.Start < meeting.Index))) return null;
        var trigger = new Trigger(EventType.MediationOffered, meeting.Index, meeting.Index + meeting.Length);
        if (!Modality.States(sentence, trigger)) return null;
        var venues = actors.Where(a => IsVenue(sentence, a)).ToList();
        var participants = actors.Where(a => !a.Locative && !venues.Contains(a) && !QuotedHost(sentence, a, actors)).Select(a => a.Actor.Name).ToHashSet(StringComparer.Ordinal);
        var hosts = actors.Where(a => (a.Locative || venues.Contains(a)) && a.Actor.Kind == ActorKind.State && !participants.Contains(a.Actor.Name) && !Borderland().IsMatch(sentence.AsSpan(a.Start))
            && Math.Abs(a.Start - meeting.Index) <= 120).GroupBy(a => a.Actor.Name).Select(g => g.First()).ToList();
        // A city hosts talks that met there ("the delegations met in Doha"); "the talks in Doha" named in passing, or "an agenda for talks"
        // beside a city, reports no meeting. A setting ("at the residence of the Malaysian prime minister") names who received them.
        if (!hosts.Any(h => venues.Contains(h)) && !MeetingHeld().GatedIsMatch(sentence)) return null;
        return hosts.Count == 0 ? null : (trigger, hosts);
    }

    // "met at the residence of the Malaysian prime minister …, Anwar said": the host whose setting the sentence names may be quoted on the talks.
    private static bool QuotedHost(string sentence, SentenceActor a, IReadOnlyList<SentenceActor> actors) =>
        SpeechAfter().IsMatch(sentence.AsSpan(a.End)) && actors.Any(s => s.Actor.Name == a.Actor.Name && SettingLead().IsMatch(sentence.AsSpan(0, s.Start)));

    [GeneratedRegex(@"^\s+(?:said|says|told|added|announced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechAfter();

    // "at the residence of the Malaysian prime minister", "in the Chinese city of Kunming": the setting names the host as a place.
    private static bool IsVenue(string sentence, SentenceActor actor) =>
        SettingLead().IsMatch(sentence.AsSpan(0, actor.Start)) || (CityLead().IsMatch(sentence.AsSpan(0, actor.Start)) && CityAfter().IsMatch(sentence.AsSpan(actor.End)));

    [GeneratedRegex(@"\b(?:at|in)\s+the\s+(?:[\w-]+\s+)?(?:residence|palace|invitation|headquarters|offices?|embassy|guest ?house|compound)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\bunder the auspices of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SettingLead();

    [GeneratedRegex(@"\b(?:in|at)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex CityLead();

    [GeneratedRegex(@"^\s+(?:city|capital|town|resort|port city|seaside town)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CityAfter();

    // Talks still to come ("are due to meet", "talks next month", "could be held") host nothing yet.
    [GeneratedRegex(@"\b(?:will|would|could|may|might|shall|due to|expected to|meant to|set to|scheduled|planned|plans? to|next|upcoming|coming (?:days|weeks|months)|later this|within (?:a|an|the next|days|weeks))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    // Leaders who meet "on the sidelines" of a regional summit, or talks that were suspended, are no talks that country hosts.
    [GeneratedRegex(@"\bsidelines\b|\b(?:regional|annual|economic|climate|bloc's|bloc)\s+summit\b|\b(?:suspend(?:ed|s)?|broke off|called off|collapsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherGathering();

    // "told the AU envoy", "the mediators said": the talks have a named go-between, so the city they sat in is only their venue.
    [GeneratedRegex(@"\b(?:envoys?|mediators?|facilitators?|go-betweens?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnvoyNamed();

    [GeneratedRegex(@"\b(?:before|after|ahead of|prior to|since|until|till)\s+(?:the|a|an|this|that|last|next)\s+(?:[\w'’-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeReference();

    [GeneratedRegex(@",\s*$")]
    private static partial Regex OwnSession();

    // "near the Venezuelan border" places an event, it names no venue.
    [GeneratedRegex(@"^[\p{L}\s.'’-]{0,20}?\b(?:border|frontier|borders)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Borderland();

    [GeneratedRegex(@"\b(?:met|meet|meets|opened|open|opens|began|begin|begins|resumed|resume|resumes|(?:was|were|are|is|been)\s+held|took place|gathered|sat down|convened|hosted|hold|holds|holding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingHeld();

    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|talks|negotiations|summit|peace conference)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();
}

using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Rules;
using CeasefireMonitor.Extraction.Segmentation;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Reads the fact drafts of one sentence: one per event type, from its first trigger that states a fact.</summary>
internal static partial class SentenceReader
{
    public static List<FactDraft> Read(Sentence sentence, IReadOnlyList<DateMention> dates, IReadOnlyList<SentenceActor> actors, IReadOnlyList<SentenceActor> previous)
    {
        var text = sentence.Text;
        var drafts = new List<FactDraft>();
        var all = TriggerFinder.Find(text);
        // Most sentences of a page state nothing: without a trigger, a meeting word or a casualty word no rule below can draft a fact.
        if (all.Count == 0 && !Hosts.MayFind(text) && !CasualtyReader.MayRead(text)) return drafts;
        var attributions = Attribution.FindAll(text, actors);
        // Where the sentence's events happened, read once and only when a draft takes a place.
        var (location, locationRead) = ((string?)null, false);
        string? Location()
        {
            if (!locationRead) (location, locationRead) = (Locations.Find(text, actors), true);
            return location;
        }
        var both = Roles.NamesBothSides(text);
        var (stated, unstated) = ByModality(text, all);
        var withdrawn = unstated.Where(t => Modality.Withdraws(text, t)).Select(t => t.Type).ToHashSet();
        if (Modality.RefusesAgreement(text)) withdrawn.Add(EventType.CeasefireAgreed);
        // "gunfire was reported, but it did not amount to a breach": fighting a sentence denies broke the truce is no report of either.
        if (unstated.Any(t => t.Type == EventType.CeasefireViolated) && !stated.Any(t => t.Type == EventType.CeasefireViolated)) withdrawn.Add(EventType.ClashReported);
        var triggers = stated.Where(t => !withdrawn.Contains(t.Type) && !TimesFighting(text, t, all, dates)).ToList();
        // Fighting that breaks a truce is reported as its violation, not as a second event.
        if (triggers.Any(t => t.Type == EventType.CeasefireViolated)) triggers.RemoveAll(t => t.Type == EventType.ClashReported);
        // Fighting named only as what stopped still tells who fought, so it votes for the article's conflict without becoming an event.
        var ended = triggers.Any(t => t.Type is EventType.ClashReported or EventType.CeasefireViolated) ? null : unstated.FirstOrDefault(t => t.Type == EventType.ClashReported && NotFighting.Ended(text, t));
        if (ended is not null) triggers.Add(ended);
        var callers = new List<SentenceActor>();
        // The asides are matched once per sentence, and only when a trigger may need them.
        var asideRanges = triggers.Count == 0 ? [] : AsideRanges(text);
        foreach (var first in Ranked(text, triggers, asideRanges))
        {
            var trigger = first;
            if (trigger.Type == EventType.ClashReported && Generic.IsSummary(text, trigger, dates)) continue;
            var said = Attribution.For(attributions, trigger.Start);
            var roles = trigger.Year is not null ? [] : Roles.Of(trigger, text, actors, said, previous, callers);
            if (trigger.NeedsParties && (roles = Roles.SubjectParties(trigger, text, actors, said, previous)).Count == 0) continue;
            string? opponentOf = null;
            if (trigger.Type == EventType.SurrenderDeclared && Roles.SurrenderOfOpponent(trigger, text, actors, said) is { } reporter)
                (roles, opponentOf) = ([], reporter);
            if (trigger.Type == EventType.CeasefireAgreed && trigger.Year is null && Unilateral(trigger, text, actors, said, previous, both) is { } author)
                (trigger, roles) = (trigger with { Type = EventType.CeasefireCalled }, author);
            // A second call or offer in a later clause counts only when someone else makes it ("X urged restraint, and Y called for a truce").
            if (trigger.Type is EventType.CeasefireCalled or EventType.MediationOffered && drafts.Any(d => d.Type == trigger.Type)
                && (roles.Count == 0 || drafts.Any(d => d.Type == trigger.Type && roles.All(r => d.Actors.Contains(r.Actor.Name))))) continue;
            if (trigger.Type is EventType.CeasefireCalled or EventType.MediationOffered) callers.AddRange(roles);
            var others = all.Where(t => t != first).ToList();
            var asides = Asides(asideRanges, trigger);
            var date = trigger.Year is { } year ? new PartialDate(year) : Nearest(text, SpeechDates.Drop(text, [.. dates.Where(d => !InDateline(text, d) && !others.Any(t => d.Start < t.End && t.Start < d.End) && !DatesTheTruce(text, trigger, d, others) && !(trigger.Type is EventType.ClashReported or EventType.CeasefireViolated && NamesATruce(text, d)) && !(trigger.Type == EventType.ClashReported && ComparedSince(text, trigger, d)) && !asides.Any(r => d.Start >= r.Start && d.End <= r.End) && !InLaterClause(text, trigger.End, d.Start))], trigger.Type, trigger.Start), trigger.Type, trigger.Start, trigger.End);
            // "Several truces agreed in the spring broke down within days": earlier truces' collapse, undated in its sentence, is background the page does not date.
            if (trigger.Type == EventType.CeasefireViolated && date is null && (EarlierTruces().IsMatch(text.AsSpan(0, trigger.Start)) || HabitualBreachOfOldTruce().IsMatch(text))) continue;
            var sides = trigger.Type is EventType.CeasefireCalled or EventType.MediationOffered
                ? actors.Where(a => a.CanFight && a.Start >= trigger.Start && a.End <= Clauses.EndOf(text, trigger.End) && !roles.Any(r => r.Actor.Name == a.Actor.Name)).Select(a => a.Side!)
                : roles.Where(a => a.CanFight || trigger.Type != EventType.ClashReported).Select(a => a.Side).OfType<string>();
            var place = trigger.Type is EventType.CeasefireCalled or EventType.MediationOffered or EventType.CeasefireAgreed ? null : Location();
            // Only fighting is dated by the fighting it refers back to (DateFilling), so only a clash is read for a definite reference.
            drafts.Add(Draft(trigger.Type, sentence, date, roles, sides, both, place, Claimant(trigger, said, roles, text), [.. Denied(text, actors, trigger), .. Accused(said, text, actors, trigger)], null) with { Anaphoric = trigger.Type == EventType.ClashReported && Anaphora.IsMatch(text, trigger.Start), DatedInSentence = date is not null, Past = NewsTense.IsPast(text, trigger.Start), OpponentOf = opponentOf, VoteOnly = ReferenceEquals(first, ended), StartsTruce = TruceStarts.IsStart(text, trigger), BrokersDeal = BrokeredDeals.IsBroker(text, trigger) });
        }
        if (!drafts.Any(d => d.Type == EventType.MediationOffered) && Hosts.Find(text, actors) is { } hosted)
            drafts.Add(Draft(EventType.MediationOffered, sentence, Nearest(text, dates, EventType.MediationOffered, hosted.Trigger.Start, hosted.Trigger.End), hosted.Hosts, [], both, null, null, [], null) with { Hosting = true, DatedInSentence = dates.Count > 0, Past = NewsTense.IsPast(text, hosted.Trigger.Start) });
        var casualties = CasualtyReader.Read(text, dates);
        if (casualties is { } c && !Generic.IsSummary(text, new Trigger(EventType.CasualtiesReported, c.Start, c.Start), dates) && !ContestedFigure().GatedIsMatch(text))
        {
            var cumulative = CasualtyReader.IsRunningToll(text) || PresentPerfectToll().IsMatch(text);
            var trigger = new Trigger(EventType.CasualtiesReported, c.Start, c.Start + 1);
            var said = Attribution.For(attributions, trigger.Start);
            var roles = Roles.Of(trigger, text, actors, said, previous, callers);
            var ownLosses = CasualtyReader.OwnLossesOf(text, actors, said, c.Start);
            // "The conflict, which began in 1964, has killed…": a running toll is not dated by a clause about its subject.
            var tollDates = cumulative ? TollDates(text, dates, c.Start) : SpeechDates.Drop(text, OwnTollDates(text, dates, c.Start), EventType.CasualtiesReported, c.Start);
            drafts.Add(Draft(trigger.Type, sentence, Nearest(text, tollDates, EventType.CasualtiesReported, c.Start, c.Start), roles, roles.Select(a => a.Side).OfType<string>(), both, Location(), Claimant(trigger, said, roles, text), Denied(text, actors, trigger), c.Casualties) with { Anaphoric = all.Any(t => t.Type == EventType.ClashReported && Anaphora.IsMatch(text, t.Start)), Cumulative = cumulative, Past = !cumulative && NewsTense.IsPast(text, c.Start), OpponentOf = ownLosses });
        }
        return drafts;
    }

    // The triggers that state a fact and those that do not, each in the sentence's order.
    private static (List<Trigger> Stated, List<Trigger> Unstated) ByModality(string text, List<Trigger> all)
    {
        var (stated, unstated) = (new List<Trigger>(all.Count), new List<Trigger>());
        foreach (var t in all) (Modality.States(text, t) ? stated : unstated).Add(t);
        return (stated, unstated);
    }

    // "missiles launched hours after the truce took effect": beside fighting, an undated truce in force only times it; its agreement is told elsewhere.
    private static bool TimesFighting(string text, Trigger t, List<Trigger> all, IReadOnlyList<DateMention> dates) =>
        t.Type == EventType.CeasefireAgreed && t.Year is null && all.Any(o => o.Type is EventType.ClashReported or EventType.CeasefireViolated)
        && Vocabulary.InForceLead().IsMatch(text.AsSpan(0, t.Start)) && !dates.Any(d => d.Start >= t.Start && d.Start <= Clauses.EndOf(text, t.End));

    // The triggers read, types in the order they first appear, then stably by rank; without LINQ's groups and buffers.
    private static List<Trigger> Ranked(string text, List<Trigger> triggers, List<(int Start, int End)> asides)
    {
        var picked = new List<Trigger>(triggers.Count);
        var seen = 0u;
        foreach (var t in triggers)
        {
            if ((seen & (1u << (int)t.Type)) != 0) continue;
            seen |= 1u << (int)t.Type;
            Read(text, triggers, t, asides, picked);
        }
        var ranked = new List<Trigger>(picked.Count);
        for (var rank = 0; rank <= 2; rank++)
            foreach (var p in picked)
                if (Rank(p) == rank) ranked.Add(p);
        return ranked;
    }

    // A type's trigger in the main clause comes before one inside an aside ("Algeria, the mediator of the 2015 accord, urged restraint");
    // a call or mediation may come again in a later coordinate clause with a subject of its own ("X urged restraint, and Y … called for a truce").
    private static void Read(string text, List<Trigger> triggers, Trigger firstOfType, List<(int Start, int End)> asides, List<Trigger> picked)
    {
        var type = firstOfType.Type;
        var first = firstOfType;
        foreach (var t in triggers)
            if (t.Type == type && !Inside(asides, t)) { first = t; break; }
        picked.Add(first);
        if (type is not (EventType.CeasefireCalled or EventType.MediationOffered)) return;
        var later = new List<Trigger>();
        foreach (var t in triggers)
            if (t.Type == type && t.Start >= first.End) later.Add(t);
        SentenceSpans.SortByStart(later);
        var last = first;
        foreach (var t in later)
        {
            if (!CoordinateClause().IsMatch(text.AsSpan(last.End, t.Start - last.End))) continue;
            picked.Add(t);
            last = t;
        }
    }

    private static bool Inside(List<(int Start, int End)> ranges, Trigger t)
    {
        foreach (var r in ranges)
            if (t.Start >= r.Start && t.End <= r.End) return true;
        return false;
    }

    // Callers and mediators are read first, so the parties of a truce they broker leave them out; fighting is read last.
    private static int Rank(Trigger trigger) => trigger.Type switch
    {
        EventType.CeasefireCalled or EventType.MediationOffered => 0,
        EventType.ClashReported => 2,
        _ => 1,
    };

    private static FactDraft Draft(EventType type, Sentence sentence, PartialDate? date, List<SentenceActor> roles, IEnumerable<string> sides, bool both, string? location, string? claimant, List<string> denied, Casualties? casualties) =>
        new(type, sentence, date, Names(roles), Unique(sides), both, location, claimant, Unique(denied, claimant), casualties);

    // Distinct in first-seen order, without LINQ's set and iterators: these lists hold a handful of names.
    private static List<string> Names(List<SentenceActor> roles)
    {
        var names = new List<string>(roles.Count);
        foreach (var a in roles)
            if (!names.Contains(a.Actor.Name)) names.Add(a.Actor.Name);
        return names;
    }

    private static List<string> Unique(IEnumerable<string> items)
    {
        var unique = new List<string>();
        foreach (var item in items)
            if (!unique.Contains(item)) unique.Add(item);
        return unique;
    }

    private static List<string> Unique(IEnumerable<string> items, string? except)
    {
        var unique = new List<string>();
        foreach (var item in items)
            if (item != except && !unique.Contains(item)) unique.Add(item);
        return unique;
    }

    private static PartialDate? Nearest(string text, IReadOnlyList<DateMention> dates, EventType type, int start, int end)
    {
        // "agreed that hostilities should cease from 6 p.m. on Friday": the start of the truce dates neither the call nor the deal when the sentence gives another date.
        if (type is EventType.CeasefireCalled or EventType.CeasefireAgreed && dates.Count > 1)
        {
            var told = dates.Where(d => !TruceStart().IsMatch(text.AsSpan(0, d.Start))).ToList();
            if (told.Count > 0 && told.Count < dates.Count) dates = told;
        }
        return NearestOf(text, dates, type, start, end);
    }

    // "KABUL, March 5 (Wire) - …": the dateline is the day of writing, never the day of the event the lead reports.
    private static bool InDateline(string text, DateMention d) =>
        DatelinePlace().IsMatch(text.AsSpan(0, d.Start)) && DatelineEnd().IsMatch(text.AsSpan(d.End));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{Lu}\s/.,'’-]{1,60},\s*$")]
    private static partial System.Text.RegularExpressions.Regex DatelinePlace();

    [System.Text.RegularExpressions.GeneratedRegex(@"^,?\s*(?:\d{4}\s*)?(?:\([^)]{1,40}\))?\s*[-–—|]")]
    private static partial System.Text.RegularExpressions.Regex DatelineEnd();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:from|starting|beginning|effective|as of|as from)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|local time)?\s+)?(?:on\s+|at\s+)?(?:midnight\s+(?:on\s+)?)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TruceStart();

    // The nearest date that may date the trigger, the first of equally near ones (a loop: it is asked for every draft).
    private static PartialDate? NearestOf(string text, IReadOnlyList<DateMention> dates, EventType type, int start, int end)
    {
        DateMention? nearest = null;
        var best = int.MaxValue;
        foreach (var d in dates)
        {
            if (!d.Scopes(start) || !(d.CanDate(type) || (d.OpensWhenClause && start >= d.End) || d.DatesInsideItsSinceClause(start, end) || StateSince(text, d, type, start, end))) continue;
            var distance = d.Start >= end ? d.Start - end : d.End <= start ? start - d.End + 1 : 0;
            if (distance < best) (nearest, best) = (d, distance);
        }
        return nearest?.Date;
    }

    // "violating the 2015 ceasefire", "since the truce began on Saturday, forces have shelled…": those dates are the truce's, not its breach's.
    private static bool DatesTheTruce(string text, Trigger trigger, DateMention d, List<Trigger> others) =>
        trigger.Type == EventType.CeasefireViolated
        && ((d.Start >= trigger.Start && d.End <= trigger.End)
            || others.Any(t => t.Type == EventType.CeasefireAgreed && t.Start < d.Start && d.End <= trigger.Start && text.AsSpan(t.End, d.Start - t.End).IndexOfAny(",;") < 0)
            // "in breach of the truce declared on July 7", "violating the ceasefire that took effect on Monday": the date of the truce it names.
            || (d.Start >= trigger.End && TruceNamedLast().IsMatch(text.AsSpan(trigger.Start, trigger.End - trigger.Start)) && TruceParticiple().IsMatch(text.AsSpan(trigger.End, d.Start - trigger.End))));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:cease-?fires?|truces?|armistice|agreement|deal|accord|hostilities)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TruceNamedLast();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*,?\s*(?:(?:that|which)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|had\s+|has\s+)?)?(?:declared|agreed|signed|reached|brokered|announced|struck|concluded|negotiated|took effect|taken effect|began|started|came into (?:force|effect)|went into (?:force|effect)|in force)\s+(?:(?:by|between)\s+[^.;!?,]{1,40}?\s+)?(?:on|in|at|from|since)?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TruceParticiple();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:several|previous|earlier|past|prior|former|other|many|numerous|repeated|successive|(?:a\s+)?(?:string|series|succession|number)\s+of)\s+(?:[\w-]+\s+){0,2}?(?:cease-?fires?|truces?|armistices?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EarlierTruces();

    // "accuses the army of repeatedly violating the 2015 ceasefire": a standing charge of habitual breaches of a truce named by its year, undated, is background.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:repeatedly|routinely|constantly|regularly|systematically|persistently)\s+(?:violat\w*|breach\w*|flout\w*)\s+(?:the|a|an|its|their)\s+(?:1[89]\d{2}|20\d{2})\s+(?:[\w-]+\s+)?(?:cease-?fire|truce|armistice|accord|agreement|deal)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HabitualBreachOfOldTruce();

    // "The assault ends the ceasefire of January": a date naming a truce dates the truce, not the fighting beside it.
    private static bool NamesATruce(string text, DateMention d) =>
        (AfterOf(text, d.Start) && TruceOfLead().IsMatch(text.AsSpan(0, d.Start))) || (text.AsSpan(d.Start).StartsWith("of ", StringComparison.Ordinal) && TruceLead().IsMatch(text.AsSpan(0, d.Start)));

    // TruceOfLead ends in "of" and white space, tested first: the pattern would search the whole text before the date for its truce words.
    private static bool AfterOf(string text, int position)
    {
        var lead = text.AsSpan(0, position);
        var trimmed = lead.TrimEnd();
        return trimmed.Length < lead.Length && trimmed.EndsWith("of", StringComparison.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:cease-?fire|truce|armistice|deal|agreement|accord)\s+of\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TruceOfLead();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:cease-?fire|truce|armistice|deal|agreement|accord)\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TruceLead();

    // "Norway has acted as guarantor since the talks opened in 2012": a mediation, truce or call kept up since a date began then.
    // "X has urged restraint, and Y spoke to both sides on Wednesday": a date in a later coordinate clause with its own subject is that clause's.
    private static bool InLaterClause(string text, int triggerEnd, int dateStart) =>
        dateStart > triggerEnd && CoordinateClause().IsMatch(text.AsSpan(triggerEnd, dateStart - triggerEnd));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the\s+|its\s+|their\s+)?\p{Lu}")]
    private static partial System.Text.RegularExpressions.Regex CoordinateClause();

    // "the heaviest attack since the war with Iraq, which ended in 1988": every date after the "since" of a superlative belongs to what it is compared with.
    private static bool ComparedSince(string text, Trigger trigger, DateMention d)
    {
        if (d.Start < trigger.End) return false;
        var since = text.IndexOf(" since ", trigger.End, d.Start - trigger.End, StringComparison.OrdinalIgnoreCase);
        var from = Math.Max(0, trigger.Start - 40);
        return since >= 0 && Superlative().IsMatch(text.AsSpan(from, trigger.Start - from)) && text.AsSpan(trigger.End, since - trigger.End).IndexOfAny(".;") < 0;
    }

    // "The heaviest fighting since 2016" compares with that date and is not dated by it.
    private static bool StateSince(string text, DateMention d, EventType type, int start, int end) =>
        type is EventType.MediationOffered or EventType.CeasefireAgreed or EventType.CeasefireCalled or EventType.ClashReported
        && d.Kind is DateKind.Since or DateKind.Onset && d.SinceAt >= end && text.AsSpan(end, d.SinceAt - end).IndexOfAny(",;") < 0
        && !Superlative().IsMatch(text.AsSpan(Math.Max(0, start - 40), d.SinceAt - Math.Max(0, start - 40)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:first|worst|heaviest|deadliest|bloodiest|biggest|largest|longest|fiercest|strongest|greatest|highest|sharpest|most|only)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Superlative();

    // One party declaring or announcing a truce of its own ("X declared a ceasefire") calls it; the other side has not agreed to it.
    private static List<SentenceActor>? Unilateral(Trigger trigger, string text, IReadOnlyList<SentenceActor> actors, Attribution? said, IReadOnlyList<SentenceActor> previous, bool both)
    {
        var span = text.AsSpan(trigger.Start, trigger.End - trigger.Start);
        // "announced that the truce had been reached" reports both sides' deal; "observed a unilateral truce" is one side's whatever the verb.
        if (both || PassiveAgreement().GatedIsMatch(text.AsSpan(trigger.Start, Math.Min(text.Length, trigger.End + 30) - trigger.Start)) || !(UnilateralVerb().GatedIsMatch(span) || UnilateralTruce().GatedIsMatch(span))) return null;
        var author = Roles.Of(trigger with { Type = EventType.CeasefireCalled }, text, actors, said, previous, []);
        var sides = author.Select(a => a.Side).Distinct().ToList();
        return sides.Count == 1 && sides[0] is not null ? author : null;
    }

    // A party's statement is a claim; a party announcing its own call, offer or surrender is not claiming it.
    private static string? Claimant(Trigger trigger, Attribution? said, List<SentenceActor> roles, string text)
    {
        if (said is null || trigger.Year is not null || !IsAttributed(trigger, said, text)) return null;
        var party = said.Speakers.FirstOrDefault(s => s.Actor.Kind is ActorKind.State or ActorKind.ArmedGroup);
        if (party is null) return null;
        var reportsFighting = trigger.Type is EventType.ClashReported or EventType.CasualtiesReported or EventType.CeasefireViolated;
        if (!reportsFighting && !said.IsClaim && roles.Any(r => r.Actor.Name == party.Actor.Name)) return null;
        return party.Actor.Name;
    }

    private static bool IsAttributed(Trigger trigger, Attribution said, string text)
    {
        if (trigger.Start >= said.VerbEnd) return true;
        var firstSpeaker = said.Speakers.Min(s => s.Start);
        return trigger.End <= firstSpeaker && text.AsSpan(trigger.End, firstSpeaker - trigger.End).IndexOfAny("”\"") >= 0;
    }

    // "X accused Y of shelling": the accusation is X's claim, and Y, the accused, disputes it.
    private static IEnumerable<string> Accused(Attribution? said, string text, IReadOnlyList<SentenceActor> actors, Trigger trigger)
    {
        if (said is null || !said.IsClaim || trigger.Start < said.VerbEnd || !text.AsSpan(said.VerbStart, said.VerbEnd - said.VerbStart).StartsWith("accus", StringComparison.OrdinalIgnoreCase)) return [];
        var of = text.IndexOf(" of ", said.VerbEnd, StringComparison.Ordinal);
        if (of < 0 || of > trigger.Start) return [];
        return actors.Where(a => a.Start >= said.VerbEnd && a.End <= of && a.Side is not null && !a.Locative && !said.Speakers.Contains(a)).Select(a => a.Actor.Name);
    }

    private static List<string> Denied(string text, IReadOnlyList<SentenceActor> actors, Trigger trigger) =>
        [.. Denials.Find(text, actors, trigger.End)];

    // "…were killed, a figure the government disputes": an estimate a party contests is no reported toll.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:a|the)\s+(?:figure|toll|number|count|estimate)s?\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){0,3}?(?:disputes?|disputed|rejects?|rejected|contests?|contested|denies|denied)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ContestedFigure();

    // "Anwar, who chairs the bloc this year, urged…": a date inside an aside about a name dates the aside, not the main clause's event.
    private static List<(int Start, int End)> Asides(List<(int Start, int End)> asideRanges, Trigger trigger) =>
        asideRanges.FindAll(r => !(trigger.Start >= r.Start && trigger.End <= r.End));

    private static List<(int Start, int End)> AsideRanges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var m in Aside().EnumerateMatches(text)) ranges.Add((m.Index, m.Index + m.Length));
        return ranges;
    }

    // "The conflict, which began in 1964, has killed…": a running toll is not dated by a clause about its subject.
    // "Clashes that began on Thursday killed 14", "X, an alliance that signed the 2015 accord, said … killing dozens": neither an onset nor an aside dates a toll.
    private static List<DateMention> OwnTollDates(string text, IReadOnlyList<DateMention> dates, int tollStart)
    {
        if (dates.Count == 0) return [];
        var asides = AsideRanges(text).FindAll(r => !(tollStart >= r.Start && tollStart < r.End));
        return [.. dates.Where(d => !asides.Exists(r => d.Start >= r.Start && d.End <= r.End) && !OnsetClause().IsMatch(text.AsSpan(Math.Max(0, d.Start - 30), Math.Min(30, d.Start))))];
    }

    private static List<DateMention> TollDates(string text, IReadOnlyList<DateMention> dates, int tollStart)
    {
        if (dates.Count == 0) return [];
        var clauses = new List<(int Start, int End)>();
        foreach (var r in RelativeClause().EnumerateMatches(text)) clauses.Add((r.Index, r.Index + r.Length));
        var kept = new List<DateMention>(dates.Count);
        foreach (var d in dates)
            if (!clauses.Exists(r => d.Start >= r.Start && d.End <= r.End && !(tollStart >= r.Start && tollStart < r.End)) && !TollOnset().GatedIsMatch(text.AsSpan(Math.Max(0, d.Start - 24), Math.Min(24, d.Start)))) kept.Add(d);
        return kept;
    }

    // …and a participle about a name ("Aoun, elected this month after a long vacancy, urged…"), or about its acronym ("… Movements (CMA), an alliance of …,").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{Lu}[\p{L}.’'-]*\)?),\s+(?:(?:which|who|whose|whom)\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of|who|that)\b|(?:re-)?(?:elected|appointed|named|chosen|sworn in|installed|born|founded|formed|created)\b)[^,;]{0,80},")]
    private static partial System.Text.RegularExpressions.Regex Aside();

    // "…, which erupted in 2019, has killed 4,000": a toll in the present perfect stands at the day of the report.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:killed|claimed the lives of)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PresentPerfectToll();

    // "…were killed in the war that began on 8 July", "the insurgency they launched in 1996 has killed": the day a running toll counts from is not the day it is reported.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:began|started|launched|erupted|broke out|flared up|flared)\s+(?:on\s+|in\s+|at\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TollOnset();

    // "clashes that began on Thursday killed 14": a relative clause telling when the fighting started (not "The war began on 7 October, when … killing").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:that|which)\s+(?:began|started|erupted|broke out|flared up|flared)\s+(?:on\s+|in\s+|at\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OnsetClause();

    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(?:which|who|whose)\b[^,;]{0,160},")]
    private static partial System.Text.RegularExpressions.Regex RelativeClause();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:declared|announced|proclaimed)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UnilateralVerb();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bunilateral\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UnilateralTruce();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:had|has|have|was|were)\s+(?:been\s+)?(?:reached|agreed|signed|struck|accepted)\b|\bbetween\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PassiveAgreement();
}

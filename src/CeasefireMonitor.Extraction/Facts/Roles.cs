using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Rules;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Who did what: the callers of a call, the mediator, the one surrendering, the parties fighting.</summary>
internal static partial class Roles
{
    public static List<SentenceActor> Of(Trigger trigger, string sentence, IReadOnlyList<SentenceActor> actors, Attribution? said, IReadOnlyList<SentenceActor> previous, IReadOnlyList<SentenceActor> callers)
    {
        var roleActors = new List<SentenceActor>(actors.Count);
        foreach (var a in actors)
            if (a.Actor.Kind != ActorKind.Region) roleActors.Add(a);
        return trigger.Type switch
        {
            EventType.CeasefireCalled => Subject(trigger, sentence, roleActors, said, previous),
            EventType.MediationOffered => Distinct([.. Subject(trigger, sentence, roleActors, said, previous), .. Partners(trigger, sentence, roleActors)]),
            EventType.SurrenderDeclared => OrElse(Subject(trigger, sentence, roleActors, said, previous).Where(a => a.Side is not null).ToList(), () => Fighters(trigger, sentence, roleActors, said, callers)),
            EventType.ClashReported or EventType.CasualtiesReported => Fighters(trigger, sentence, roleActors, said, callers),
            _ => Parties(trigger, sentence, roleActors, said, previous, callers),
        };
    }

    // The parties to a truce are neither its mediators ("brokered by Egypt") nor the one quoted after it ("…, the envoy, a former Kenyan president, said").
    private static List<SentenceActor> Parties(Trigger trigger, string sentence, List<SentenceActor> actors, Attribution? said, IReadOnlyList<SentenceActor> previous, IReadOnlyList<SentenceActor> callers)
    {
        var quoted = said is not null && said.VerbStart >= trigger.End ? said.Speakers.Where(a => a.Start >= trigger.End).ToList() : [];
        var eligible = actors.Where(a => !callers.Any(c => c.Actor.Name == a.Actor.Name) && !quoted.Contains(a) && !NamedAsThirdParty(sentence, a)).ToList();
        return Distinct([.. Subject(trigger, sentence, eligible, said, previous).Where(a => a.Side is not null && !callers.Any(c => c.Actor.Name == a.Actor.Name)), .. Fighters(trigger, sentence, eligible, said, callers)]);
    }

    // "through US mediation", "mediated by Qatar", "with Turkey and Russia as guarantors": a mediator, guarantor, host or witness of the deal is no party to it.
    private static bool NamedAsThirdParty(string sentence, SentenceActor a) =>
        ThirdPartyAfter().GatedIsMatch(sentence.AsSpan(a.End)) || ThirdPartyBefore().GatedIsMatch(sentence.AsSpan(0, a.Start));

    public static bool NamesBothSides(string sentence) => BothSides().GatedIsMatch(sentence);

    /// <summary>The two or more sides coordinated as the subject of the trigger ("Israel and Hamas had reached an agreement"), else nothing.</summary>
    public static List<SentenceActor> SubjectParties(Trigger trigger, string sentence, IReadOnlyList<SentenceActor> actors, Attribution? said, IReadOnlyList<SentenceActor> previous)
    {
        var subject = Subject(trigger, sentence, [.. actors.Where(a => a.Actor.Kind != ActorKind.Region && a.End <= trigger.Start)], said, previous).Where(a => a.Side is not null).ToList();
        return subject.Select(a => a.Side).Distinct().Count() >= 2 ? subject : [];
    }

    /// <summary>The party reporting that unnamed forces gave up ("the group said 2,000 soldiers had surrendered"): a side reports its enemy's surrender.</summary>
    public static string? SurrenderOfOpponent(Trigger trigger, string sentence, IReadOnlyList<SentenceActor> actors, Attribution? said)
    {
        if (said is null || trigger.Start < said.VerbEnd) return Captor(trigger, sentence, actors);
        var reporter = said.Speakers.FirstOrDefault(s => s.Side is not null && !s.Locative);
        if (reporter is null || actors.Any(a => a.Start >= said.VerbEnd && a.End <= trigger.Start && a.Side is not null && a.Side != reporter.Side)) return null;
        return UnnamedForces().IsMatch(sentence.AsSpan(said.VerbEnd, trigger.Start - said.VerbEnd)) ? reporter.Actor.Name : null;
    }

    /// <summary>"X captured the town after 2,000 soldiers surrendered there": unnamed forces giving up in a clause of their own under X's capture are X's enemy.</summary>
    private static string? Captor(Trigger trigger, string sentence, IReadOnlyList<SentenceActor> actors)
    {
        var start = SubjectStart(sentence, trigger.Start);
        if (start == 0 || !UnnamedForces().IsMatch(sentence.AsSpan(start, trigger.Start - start)) || actors.Any(a => a.Start >= start && a.End <= trigger.Start && a.Side is not null)) return null;
        var captors = FirstGroup(sentence, [.. actors.Where(a => a.End <= start && a.Side is not null && !a.Locative && !a.Supporter)]);
        return captors.Count > 0 && captors.All(c => c.Side == captors[0].Side) && Capture().IsMatch(sentence.AsSpan(captors[^1].End, start - captors[^1].End)) ? captors[0].Actor.Name : null;
    }

    // "brokered by Washington with help from Qatar", "mediated alongside Egypt": the mediator's partners mediate with it.
    private static List<SentenceActor> Partners(Trigger trigger, string sentence, List<SentenceActor> actors)
    {
        var lead = PartnerLead().Match(sentence, trigger.End);
        if (!lead.Success || lead.Index - trigger.End > 60) return [];
        var from = lead.Index + lead.Length;
        var after = actors.Where(a => a.Start >= from).ToList();
        if (after.Count == 0 || !PartnerTitle().IsMatch(sentence.AsSpan(from, after[0].Start - from))) return [];
        // "with the help of former Kenyan president X and former South African deputy president Y": every helper up to the next comma.
        var comma = sentence.IndexOf(',', from);
        var helpers = after.Where(a => (comma < 0 || a.End <= comma) && !a.Locative).ToList();
        return helpers.Count > 1 ? Distinct(helpers) : FirstGroup(sentence, after);
    }

    private static List<SentenceActor> Subject(Trigger trigger, string sentence, List<SentenceActor> actors, Attribution? said, IReadOnlyList<SentenceActor> previous)
    {
        // "Qatari mediators", "the Kenyan envoy": the name that qualifies a mediating noun is the mediator, even inside "with Qatari mediators".
        if (trigger.Type == EventType.MediationOffered && MediatorNoun().IsMatch(sentence.AsSpan(trigger.Start))
            && actors.LastOrDefault(a => a.End <= trigger.Start && Qualifying().IsMatch(sentence.AsSpan(a.End, trigger.Start - a.End)) && !a.Locative) is { } qualifier)
            return Qualifiers(sentence, actors, qualifier);
        if (trigger.Type == EventType.MediationOffered && Agent(trigger, sentence, actors) is { Count: > 0 } agents) return agents;
        if (trigger.Type == EventType.MediationOffered && ParticipleSubject(trigger, sentence, actors) is { } withSubject) return [withSubject];
        var start = SubjectStart(sentence, trigger.Start);
        if (OwnerOfLaterSubject(sentence, actors, start, trigger.Start) is { Count: > 0 } owner) return owner;
        var masked = LastSentenceMatches.Of(Appositive(), sentence).All();
        var subject = NearestGroup(sentence, actors.Where(a => a.Start >= start && a.End <= trigger.Start && !a.Locative && !a.Supporter
            && !masked.Any(r => a.Start >= r.Index && a.End <= r.End)).ToList());
        var region = sentence.AsSpan(start, trigger.Start - start);
        if (subject.Count == 0)
        {
            var agent = actors.FirstOrDefault(a => a.Start >= trigger.Start && a.Start <= trigger.End + 80 && AgentLead().GatedIsMatch(Before(sentence, a.Start)));
            if (agent is not null) subject = FirstGroup(sentence, [.. actors.Where(a => a.Start >= agent.Start)]);
        }
        if (said is not null && trigger.Start >= said.VerbEnd && (subject.Count == 0 || SpeakerPronoun().GatedIsMatch(region)))
            subject.AddRange(said.Speakers);
        if (subject.Count == 0 && Pronoun().GatedIsMatch(region)) subject.AddRange(previous.Where(a => !a.Locative && !a.Supporter && a.Actor.Kind != ActorKind.Region));
        if (subject.Count == 0 && start > 0)
            subject = FirstGroup(sentence, [.. actors.Where(a => a.End <= Clauses.EndOf(sentence, 0) && !a.Locative && !a.Supporter)]);
        return Distinct(subject);
    }

    // "X denies arming the rebels, and its foreign ministry urged calm": "its" in a later clause's subject is the first clause's subject.
    private static List<SentenceActor> OwnerOfLaterSubject(string sentence, List<SentenceActor> actors, int start, int trigger)
    {
        var owned = PossessiveSubject().Match(sentence, start, trigger - start);
        if (!owned.Success) return [];
        return FirstGroup(sentence, [.. actors.Where(a => a.Start >= start && a.End <= owned.Index && !a.Locative && !a.Supporter)]);
    }

    [GeneratedRegex(@",\s+(?:and|but|while)\s+(?:its|their)\s+(?:[\w-]+\s+){1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveSubject();

    // "a US- and French-brokered truce": the names joined to the qualifier by a hanging hyphen qualify the same noun.
    private static List<SentenceActor> Qualifiers(string sentence, List<SentenceActor> actors, SentenceActor last)
    {
        var found = new List<SentenceActor> { last };
        for (var i = actors.IndexOf(last) - 1; i >= 0 && HangingHyphen().IsMatch(sentence.AsSpan(actors[i].End, found[0].Start - actors[i].End)); i--)
            found.Insert(0, actors[i]);
        return found;
    }

    [GeneratedRegex(@"^-\s*(?:,|and|or)\s+$")]
    private static partial Regex HangingHyphen();

    // "Qatari mediators", "the AU's envoy": the name right before the noun, or owning it.
    [GeneratedRegex(@"^(?:[\s\S]{0,2}|['’]s\s)$")]
    private static partial Regex Qualifying();

    // "a proposal drafted by the United States and France", "brokered by Washington": a passive names its mediator after it, whoever the subject is.
    private static List<SentenceActor> Agent(Trigger trigger, string sentence, List<SentenceActor> actors)
    {
        if (!PassiveEnd().IsMatch(sentence.AsSpan(trigger.Start, trigger.End - trigger.Start))) return [];
        var agent = actors.FirstOrDefault(a => a.Start >= trigger.End && !a.Locative);
        if (agent is null || !AgentGap().IsMatch(sentence.AsSpan(trigger.End, agent.Start - trigger.End))) return [];
        return FirstGroup(sentence, [.. actors.Where(a => a.Start >= agent.Start)]);
    }

    // "with Norway, which has facilitated the process for decades, hosting the meeting": the name after "with" is the subject of the participle.
    private static SentenceActor? ParticipleSubject(Trigger trigger, string sentence, List<SentenceActor> actors)
    {
        if (!Participle().IsMatch(sentence.AsSpan(trigger.Start))) return null;
        var named = actors.LastOrDefault(a => a.End <= trigger.Start && !a.Locative);
        return named is not null && WithLead().IsMatch(Before(sentence, named.Start)) && AsideGap().IsMatch(sentence.AsSpan(named.End, trigger.Start - named.End)) ? named : null;
    }

    [GeneratedRegex(@"\b(?:by|through|via|help of)$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveEnd();

    [GeneratedRegex(@"^\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")]
    private static partial Regex AgentGap();

    [GeneratedRegex(@"^\w+ing\b")]
    private static partial Regex Participle();

    [GeneratedRegex(@"\bwith\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithLead();

    [GeneratedRegex(@"^(?:\s*,[^,;.]{1,100},)?\s*$")]
    private static partial Regex AsideGap();

    // The subject is the run of coordinated names nearest before the verb ("France, Russia and the United States"), never an object ("with X and Y").
    private static List<SentenceActor> FirstGroup(string sentence, List<SentenceActor> candidates)
    {
        var group = new List<SentenceActor>();
        foreach (var a in candidates.Where(a => !ObjectLead().GatedIsMatch(Before(sentence, a.Start))))
        {
            if (group.Count > 0 && !Coordination().GatedIsMatch(sentence.AsSpan(group[^1].End, a.Start - group[^1].End))) break;
            group.Add(a);
        }
        return group;
    }

    private static List<SentenceActor> NearestGroup(string sentence, List<SentenceActor> candidates)
    {
        var kept = new List<SentenceActor>();
        SentenceActor? previous = null;
        var previousIsObject = false;
        foreach (var a in candidates)
        {
            var joined = previous is not null && Coordination().GatedIsMatch(sentence.AsSpan(previous.End, a.Start - previous.End));
            var isObject = joined ? previousIsObject : ObjectLead().GatedIsMatch(Before(sentence, a.Start)) || OwnedObject().GatedIsMatch(sentence.AsSpan(Math.Max(0, a.Start - 48), Math.Min(48, a.Start)));
            // An object ("spoke to Rwanda's Kagame") leaves the subject before it in place; only a new subject replaces it.
            if (!joined && !isObject) kept.Clear();
            if (!isObject) kept.Add(a);
            (previous, previousIsObject) = (a, isObject);
        }
        return kept;
    }

    private static List<SentenceActor> Fighters(Trigger trigger, string sentence, List<SentenceActor> all, Attribution? said, IReadOnlyList<SentenceActor> callers)
    {
        var actors = all.Where(a => !callers.Any(c => c.Actor.Name == a.Actor.Name)).ToList();
        var start = Clauses.StartOf(sentence, trigger.Start);
        var end = Clauses.EndOf(sentence, trigger.End);
        var speakers = said?.Speakers ?? [];
        var inClause = actors.Where(a => a.CanFight && a.Start >= start && a.End <= end).ToList();
        var fighters = inClause.Count > 0 ? inClause : [.. actors.Where(a => a.CanFight && !speakers.Contains(a))];
        if (fighters.Count == 0)
            fighters.AddRange(actors.Where(a => a.Side is not null && a.Locative && !a.Supporter && !a.Bystander && a.Actor.Kind == ActorKind.State && !IsVenue(sentence, a)).Take(1));
        if (said is not null && OwnForces().GatedIsMatch(sentence.AsSpan(said.VerbEnd)))
            fighters.AddRange(speakers.Where(s => s.Side is not null));
        return Distinct(fighters);
    }

    // "the Algiers agreement", "a deal signed in Rome": the place of a signing or a meeting is no ground of the fighting; nor is a peacekeeper's home state.
    private static bool IsVenue(string sentence, SentenceActor a) =>
        ActorPatterns.VenueTail().GatedIsMatch(sentence.AsSpan(a.End)) || ActorPatterns.VenueLead().GatedIsMatch(sentence.AsSpan(Math.Max(0, a.Start - 48), Math.Min(48, a.Start)));

    private static List<SentenceActor> OrElse(List<SentenceActor> first, Func<List<SentenceActor>> second) => first.Count > 0 ? first : second();

    // The first of each name, in order of position (the earlier found first on a tie).
    private static List<SentenceActor> Distinct(IEnumerable<SentenceActor> actors)
    {
        var kept = new List<SentenceActor>();
        foreach (var a in actors)
        {
            if (kept.Exists(k => string.Equals(k.Actor.Name, a.Actor.Name, StringComparison.Ordinal))) continue;
            var at = kept.Count;
            while (at > 0 && kept[at - 1].Start > a.Start) at--;
            kept.Insert(at, a);
        }
        return kept;
    }

    private static int SubjectStart(string sentence, int position)
    {
        var boundaries = LastSentenceMatches.Of(SubjectBoundary(), sentence);
        var start = 0;
        for (var i = 0; boundaries.TryGet(i, out var boundary) && boundary.End <= position; i++) start = boundary.End;
        return start;
    }

    // A span of the sentence, not a copy: the gates reuse the sentence's literal scan.
    private static ReadOnlySpan<char> Before(string sentence, int at) => sentence.AsSpan(Math.Max(0, at - 32), Math.Min(32, at));

    [GeneratedRegex(@"[;:—–“”""]|\s-\s|\b(?:that|while|whereas|but|despite|after)\b|,\s+(?:but|as|when|since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBoundary();

    [GeneratedRegex(@",\s*(?:which|who|whose|whom|both of which|all of which|where|a member of|an ally of|one of|part of|home to)\b[^,]*,|\([^)]*\)|,\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?[’']s\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\b(?:to|with|against|between|on|at|into|in|near|toward|towards|over|about|regarding|for)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectLead();

    // "spoke to Rwanda's Kagame": a name owned by an object is an object too.
    [GeneratedRegex(@"\b(?:to|with|against|between|on|at|into|in|near|toward|towards|over|about|regarding|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+(?:[\p{L}-]+\s+){0,3}$")]
    private static partial Regex OwnedObject();

    [GeneratedRegex(@"^(?:(?:\s*(?:,|and|or|&|as well as|along with|together with))*\s*(?:the\s+)?|[’']s?\s+(?:[\p{L}-]+\s+){0,3})$")]
    private static partial Regex Coordination();

    [GeneratedRegex(@"\b(?:from|by|through|via|help of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentLead();

    [GeneratedRegex(@"\G[^.;!?]*?\b(?:alongside|together with|along with|jointly with|in (?:cooperation|coordination|partnership) with|with (?:the\s+)?(?:help|support|assistance|backing) (?:of|from))\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PartnerLead();

    // "former", "the former", "ex-": a helper named by a title before the name of the state.
    [GeneratedRegex(@"^(?:(?:the\s+)?(?:former|ex-|then|late|veteran|retired)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PartnerTitle();

    // "X, Y and Z as guarantors": under IgnoreCase \p{Lu} is any letter, so "and" and "the" are words of the one run of names, and
    // each word is matched whole: the run is read once, not split every way it could be before "as" fails.
    [GeneratedRegex(@"^(?:['’]s)?\s(?:mediation|mediators?|envoys?|go-betweens?|guarantors?|facilitators?)\b|^-(?:brokered|mediated|facilitated)\b|^(?:\s*(?:,|and)\s+(?>\p{Lu}[\w.'’-]*)(?:(?:\s*,)?\s+(?>\p{Lu}[\w.'’-]*))*)?\s+(?:acting\s+|serving\s+)?as\s+(?:the\s+|its\s+|their\s+)?(?:co-?)?(?:guarantors?|mediators?|hosts?|brokers?|witnesses|facilitators?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyAfter();

    [GeneratedRegex(@"\b(?:mediated|brokered|guaranteed|facilitated|hosted|witnessed|sponsored)\s+(?:jointly\s+)?by\s+(?:the\s+)?$|\b(?:through|via|with|under)\s+(?:the\s+)?(?:mediation|good offices|auspices)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyBefore();

    [GeneratedRegex(@"^(?:mediat(?:ion|ors?)|envoys?|go-betweens?|intermediar(?:y|ies)|guarantors?|facilitators?)\b|^-(?:brokered|mediated|facilitated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediatorNoun();

    [GeneratedRegex(@"\b(?:he|she|we|they|I)\b")]
    private static partial Regex SpeakerPronoun();

    [GeneratedRegex(@"^\s*(?:(?:on|late on|early on|in|by)\s+[\w-]+\s*,?\s+)?(?:they|he|she|we|it|the trio|the pair|both leaders|both men|both sides|both parties|the sides|the (?:two|warring|rival) (?:sides|parties|delegations)|the two (?:presidents|leaders|ministers|men|countries|governments))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"(?<!\b(?:its|our|my)\s+(?:[\w-]+\s+)?)\b(?:soldiers|troops|servicemen|conscripts|personnel|garrison|militants|fighters|insurgents|rebels|combatants|gunmen|members|men)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedForces();

    [GeneratedRegex(@"\b(?:its|their|our|we|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnForces();

    [GeneratedRegex(@"^(?:\s+[\w-]+){0,2}?\s+(?:had\s+|has\s+|have\s+)?(?:captured|seized|took|taken|overran|overrun|stormed|entered|retook|recaptured)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Capture();

    [GeneratedRegex(@"\b(?:both sides|the two sides|the sides|(?:the|both|all|warring|rival|two) parties|both countries|the two countries|the two nations|both nations|the belligerents|each other|one another)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothSides();
}

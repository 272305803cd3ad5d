using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Actors;

/// <summary>Finds the actors of each sentence of one article, resolving generic armed groups ("the separatists") to the group the article names.</summary>
/// <param name="published">The article's day: a group that governs its state by then (the Taliban from August 2021) is named as that state.</param>
internal sealed class ArticleActors(ActorDictionary dictionary, DateOnly? published = null)
{
    private const int Window = 60;
    private Actor? lastGroup;
    private Actor? lastSeparatists;
    private Actor? regionGroup;

    public List<SentenceActor> Resolve(string sentence)
    {
        // The sentence's one literal scan first, so the gates below answer for spans of it from that scan instead of searching them.
        LiteralScan.Of(sentence);
        var result = new List<SentenceActor>();
        var mentions = dictionary.FindMentions(sentence);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // A company is no party ("Total evacuated staff"), nor is the state it belongs to ("France's Total"); "anti-Houthi forces" are the Houthis' enemies.
            if (m.Actor.Kind == ActorKind.Company || (i + 1 < mentions.Count && OwnsCompany(sentence, m, mentions[i + 1])) || Prefixed(ActorPatterns.AntiPrefix(), sentence, m.Start, 6)) continue;
            if (published is { } day && m.Actor.GovernsOn(day) && dictionary.Find(m.Actor.Governs!) is { } state) m = m with { Actor = state };
            if (m.Actor.Kind == ActorKind.Region && TryGroup(sentence, m, result)) continue;
            // "the separatists" on a page that names only their region ("Donetsk") are the group claiming it.
            if (m.Actor.Kind == ActorKind.Region) regionGroup ??= dictionary.GroupClaiming(m.Actor.Name);
            // Spans of the sentence, not copies: their gates reuse the sentence's literal scan.
            var before = sentence.AsSpan(Math.Max(0, m.Start - Window), Math.Min(Window, m.Start));
            var after = sentence.AsSpan(m.End, Math.Min(20, sentence.Length - m.End));
            // "through US mediation": a name qualifying a go-between's noun is the go-between, not a place.
            var locative = (m.Form is MentionForm.Seat or MentionForm.Name or MentionForm.Region && ActorPatterns.PlaceLead().GatedIsMatch(before) && !ActorPatterns.GoBetweenTail().IsMatch(after))
                || (m.Form == MentionForm.Demonym && ActorPatterns.PlaceNounTail().GatedIsMatch(after))
                || (m.Form == MentionForm.Seat && ActorPatterns.VenueTail().GatedIsMatch(after));
            // "pro-Russian militias": the state named by the prefix backs them.
            var supporter = ActorPatterns.SupporterTail().GatedIsMatch(after) || ActorPatterns.SupporterLead().GatedIsMatch(before) || Prefixed(ActorPatterns.ProPrefix(), sentence, m.Start, 5);
            if (m.Actor.Kind == ActorKind.ArmedGroup) lastGroup = m.Actor;
            if (m.Actor is { Kind: ActorKind.ArmedGroup, Separatist: true }) lastSeparatists = m.Actor;
            var victim = m.Form == MentionForm.Demonym && (ActorPatterns.VictimTail().IsMatch(Tail(sentence, m.End)) || ActorPatterns.VictimLead().IsMatch(before));
            result.Add(new SentenceActor(m.Actor, m.Start, m.End, m.Form, locative, supporter, victim) { Alternatives = m.Alternatives });
        }
        AddLoneSeparatists(sentence, result);
        return ActorPatterns.Peacekeepers().GatedIsMatch(sentence) ? Contributors(sentence, result) : result;
    }

    // In a sentence about peacekeepers, a state that neither fields acting forces nor attacks is a contributor or a speaker, no party.
    private static List<SentenceActor> Contributors(string sentence, List<SentenceActor> found) =>
        [.. found.Select(a => a.Actor.Kind == ActorKind.State && !ActorPatterns.ActingTail().IsMatch(Tail(sentence, a.End)) ? a with { Bystander = true } : a)];

    private static ReadOnlySpan<char> Tail(string sentence, int end) => sentence.AsSpan(end, Math.Min(40, sentence.Length - end));

    // "anti-", "pro-": a prefix ends in a hyphen, so a name without one before it is tested no further.
    private static bool Prefixed(Regex prefix, string sentence, int start, int length)
    {
        var before = sentence.AsSpan(Math.Max(0, start - length), Math.Min(length, start));
        return before.Contains('-') && prefix.IsMatch(before);
    }

    // "France's Total", "Russia's Rosneft": a state's possessive right before a company.
    private static bool OwnsCompany(string sentence, ActorMention state, ActorMention next) =>
        state.Actor.Kind == ActorKind.State && next.Actor.Kind == ActorKind.Company && next.Start > state.End
        && ActorPatterns.Possessive().IsMatch(sentence.AsSpan(state.End, next.Start - state.End));

    private bool TryGroup(string sentence, ActorMention region, List<SentenceActor> result)
    {
        var tail = ActorPatterns.GroupTail().Match(sentence, region.End, Math.Min(40, sentence.Length - region.End));
        if (tail.Success)
        {
            Add(result, Group(region.Actor), region.Start, tail.Index + tail.Length);
            return true;
        }
        var from = Math.Max(0, region.Start - Window);
        var lead = ActorPatterns.GroupLead().Match(sentence[from..region.Start]);
        if (!lead.Success) return false;
        var start = from + lead.Index;
        // "Armenian separatists in X" names the group, not the state of the demonym.
        result.RemoveAll(a => a.Form == MentionForm.Demonym && a.End <= start && start - a.End <= 8);
        Add(result, Group(region.Actor), start, region.End);
        return true;
    }

    private void AddLoneSeparatists(string sentence, List<SentenceActor> result)
    {
        // "the separatists" are the separatist group the page named last, even when another group was named after it.
        var group = lastSeparatists ?? lastGroup ?? regionGroup;
        if (group is null || result.Any(a => a.Actor.Kind == ActorKind.ArmedGroup)) return;
        var m = ActorPatterns.LoneSeparatists().GatedMatch(sentence);
        if (!m.Success || result.Any(a => a.Start < m.Index + m.Length && m.Index < a.End && a.Form != MentionForm.Demonym)) return;
        result.RemoveAll(a => a.Form == MentionForm.Demonym && a.Start >= m.Index && a.End <= m.Index + m.Length);
        result.Add(new SentenceActor(group, m.Index, m.Index + m.Length, MentionForm.Name, false, false));
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private void Add(List<SentenceActor> result, Actor group, int start, int end)
    {
        lastGroup = group;
        if (group.Separatist) lastSeparatists = group;
        result.Add(new SentenceActor(group, start, end, MentionForm.Name, false, false));
    }

    private Actor Group(Actor region) =>
        dictionary.GroupClaiming(region.Name) ?? new Actor($"{region.Name} separatists", ActorKind.ArmedGroup, null, true, [region.Name]);
}

using System.Buffers;
using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Numbers;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Rules;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Reads killed and injured figures: each casualty word takes the nearest unused count before it, else after it.</summary>
internal static partial class CasualtyReader
{
    private const int Reach = 90;

    /// <summary>Whether the sentence may name a casualty at all: <see cref="Read"/> finds nothing in one that may not.</summary>
    public static bool MayRead(string sentence) => KeywordGate.For(Vocabulary.Casualty()).MayMatch(sentence);

    public static (Casualties Casualties, int Start)? Read(string sentence, IReadOnlyList<DateMention> dates)
    {
        // Few sentences name a casualty; the count search, the costliest pattern, runs only on those. Their matches are read once, here.
        var casualtyWords = Vocabulary.Casualty().GatedMatches(sentence);
        if (casualtyWords.Count == 0) return null;
        var counts = CountFinder.Find(sentence)
            .Where(c => !dates.Any(d => c.Start < d.End && d.Start < c.End) && !Measure().GatedIsMatch(Tail(sentence, c.End))
                && !IncludingLead().GatedIsMatch(sentence.AsSpan(Math.Max(0, c.Start - 12), Math.Min(12, c.Start))))
            .ToList();
        AddSingles(sentence, counts);
        if (counts.Count == 0) return null;
        CasualtyFigure? killed = null, injured = null;
        var victims = new List<string>();
        var used = new HashSet<CountMention>();
        var first = -1;
        foreach (var m in casualtyWords)
        {
            var isKilled = m.Groups["killed"].Success;
            if ((isKilled ? killed : injured) is not null) continue;
            var trigger = new Trigger(EventType.CasualtiesReported, m.Index, m.Index + m.Length);
            if (!Modality.States(sentence, trigger) || ByNaturalHazard(sentence, m.Index) || IsTheDead(sentence.AsSpan(0, m.Index + m.Length))) continue;
            var count = Nearest(sentence, counts, used, Clauses.StartOf(sentence, m.Index), m.Index, m.Index + m.Length);
            if (count is null) continue;
            used.Add(count);
            if (isKilled) killed = count.Figure; else injured = count.Figure;
            if (count.Noun is { } noun) victims.Add(noun);
            if (first < 0) first = m.Index;
        }
        if (killed is null && injured is null) return null;
        foreach (Match m in Including().GatedMatches(sentence)) victims.Add(m.Groups["n"].Value.ToLowerInvariant());
        var named = victims.Where(v => v is not ("people" or "persons" or "others" or "men")).Distinct().ToList();
        return (new Casualties(killed, injured, named.Count > 0 ? string.Join(" and ", named) : null), first);
    }

    /// <summary>A toll counted since a start or so far ("the war has killed", "since Sunday", "the death toll"): a running total, dated when reported.</summary>
    public static bool IsRunningToll(string sentence) => RunningToll().GatedIsMatch(sentence);

    /// <summary>"Pakistan said 23 of its soldiers were killed": a party counting its own dead holds the other side responsible; the party, when so.</summary>
    public static string? OwnLossesOf(string sentence, IReadOnlyList<SentenceActor> actors, Attribution? said, int casualty)
    {
        if (said is null || said.VerbEnd > casualty || !OwnLosses().GatedIsMatch(sentence.AsSpan(said.VerbEnd, casualty - said.VerbEnd))) return null;
        var reporter = said.Speakers.FirstOrDefault(s => s.Side is not null && !s.Locative);
        // "Kenya said 12 of its peacekeepers were killed by RSF fighters": a party named in the statement is told apart by the roles.
        if (reporter is null || actors.Any(a => a.Start >= said.VerbEnd && a.End <= casualty && a.Side is not null && a.Side != reporter.Side && !a.Locative)) return null;
        return reporter.Actor.Name;
    }

    private static CountMention? Nearest(string sentence, List<CountMention> counts, HashSet<CountMention> used, int clause, int start, int end)
    {
        // "53 seriously wounded soldiers": the casualty word inside a counted noun phrase is counted by it.
        var holding = counts.FirstOrDefault(c => !used.Contains(c) && c.Start < start && c.End >= end);
        if (holding is not null) return holding;
        var before = counts.Where(c => !used.Contains(c) && c.End <= start && start - c.End <= Reach && (c.Start >= clause || AsideBeforeVerb(sentence, c.End, start))).OrderBy(c => start - c.End).FirstOrDefault();
        if (before is not null) return before;
        return counts.Where(c => !used.Contains(c) && c.Start >= end && c.Start - end <= 40).OrderBy(c => c.Start).FirstOrDefault();
    }

    // "More than 900 civilians, most of them women according to the UN, were killed": an aside between a count and its verb hides no clause of its own.
    private static bool AsideBeforeVerb(string sentence, int countEnd, int casualty) =>
        AsideThenVerb().GatedIsMatch(sentence.AsSpan(countEnd, casualty - countEnd));

    // "A soldier was killed and another wounded": one named person, and "another" after it, each count one.
    private static void AddSingles(string sentence, List<CountMention> counts)
    {
        foreach (Match m in Single().GatedMatches(sentence))
        {
            if (counts.Any(c => c.Start < m.Index + m.Length && m.Index < c.End)) continue;
            var noun = m.Groups["noun"].Success ? m.Groups["noun"].Value.ToLowerInvariant() : null;
            counts.Add(new CountMention(m.Index, m.Length, new CasualtyFigure(1, CountQualifier.Exact), noun));
        }
        // "troops killed the rebels' leader": one named figure, counted after the verb.
        foreach (Match m in LeaderKilled().GatedMatches(sentence))
        {
            var at = m.Groups["who"].Index;
            if (!counts.Any(c => c.Start < m.Index + m.Length && at < c.End)) counts.Add(new CountMention(at, m.Index + m.Length - at, new CasualtyFigure(1, CountQualifier.Exact), null));
        }
    }

    [GeneratedRegex(@"\b(?:killed|killing)\s+(?<who>(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,3}?(?:leader|commander|chief|founder|spokesman|emir))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeaderKilled();

    // "The tsunami, which left 170,000 people dead": a natural disaster named before the casualty word, with no fighting between them, killed them.
    private static bool ByNaturalHazard(string sentence, int casualty)
    {
        var from = Math.Max(0, casualty - Reach);
        if (!MayNameAHazard(sentence.AsSpan(from, casualty - from))) return false;
        var hazard = NaturalHazard().Match(sentence, from, casualty - from);
        return hazard.Success && !WarCause().IsMatch(sentence[(hazard.Index + hazard.Length)..casualty]);
    }

    // The right-to-left pattern has no keyword gate: its words, looked for first, spare it most windows.
    internal static bool MayNameAHazard(ReadOnlySpan<char> window) => window.ContainsAny(HazardWords) || window.ContainsAny(LiteralScan.AsciiTwins);

    private static readonly SearchValues<string> HazardWords = SearchValues.Create(
        ["tsunami", "quake", "flood", "cyclone", "hurricane", "typhoon", "landslide", "mudslide", "avalanche", "heatwave", "volcanic eruption", "storm"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:tsunamis?|earthquakes?|quakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|landslides?|mudslides?|avalanches?|heatwaves?|volcanic eruptions?|storms?)\b(?!-)", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    internal static partial Regex NaturalHazard();

    // The pattern ends with "dead", which few casualty words are: it reads the whole text before them only for those.
    private static bool IsTheDead(ReadOnlySpan<char> text) =>
        text.TrimEnd('\n').EndsWith("dead", StringComparison.OrdinalIgnoreCase) && TheDead().IsMatch(text);

    // "still counting their dead", "mourned the dead": the dead as a noun, counted by nothing after them.
    [GeneratedRegex(@"\b(?:the|their|its|our|his|her)\s+dead$", RegexOptions.IgnoreCase)]
    private static partial Regex TheDead();

    [GeneratedRegex(@"\b(?:fight\w*|shell(?:s|ed|ing)|attack\w*|(?:air|drone|missile)\s*strikes?|bomb\w*|raids?|clash\w*|battles?|offensive|gunfire|artillery|rockets?|missiles?|ambush\w*|mortars?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WarCause();

    private static ReadOnlySpan<char> Tail(string sentence, int at) => sentence.AsSpan(at, Math.Min(20, sentence.Length - at));

    [GeneratedRegex(@"^[\s“”""'‘’-]*(?:\w+[\s“”""'‘’-]+)?(?:decades?|centuries|generations|km|kilomet|kilometre|kilometer|miles?|metres?|meters?|percent|per cent|%|years?|months?|weeks?|days?|hours?|minutes?|tons?|tonnes?|dollars?|euros?|billion|tanks?|aircraft|jets?|planes?|drones?|rockets?|missiles?|shells?|rounds?|times|kg|votes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Measure();

    [GeneratedRegex(@"\bsince\b|\bso far\b|\bto date\b|\b(?:death\s+)?toll\b|\bin total\b|\boverall\b|\b(?:war|conflict|fighting|violence|offensive|campaign)\s+(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:killed|claimed)\b|\bin the (?:war|conflict)\b"
        // "Estimates put the number killed at 500,000", "the mayor has estimated that 20,000 were killed": an estimate of the total stands at the report.
        + @"|\bestimates?\s+put\b|\bput\s+the\s+(?:number|total|toll|death toll|figure)\b|\b(?:has|have)\s+estimated\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunningToll();

    [GeneratedRegex(@"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?<noun>soldier|civilian|peacekeeper|policeman|policewoman|police officer|journalist|reporter|child|woman|man|boy|girl|teenager|fighter|militant|rebel|officer|guard|medic|doctor|nurse|aid worker|resident|villager|farmer|passenger|student|worshipper|pilgrim|serviceman)\b(?:(?<=(?:killed|killing|wounded|wounding|injured|injuring)\s+\S+(?:\s+\S+){0,2})|(?=(?:\s+(?:from|of)\s+[\p{L}’' -]{1,30}?)?\s+(?:was|has been|had been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b))|(?<=\b(?:and|while|but)\s+)another(?=\s+(?:(?:was|has been|had been)\s+)?(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Single();

    [GeneratedRegex(@"\b[\w,-]+\s+of\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|fighters|servicemen|service members|personnel|men|members|officers|police officers|policemen|citizens|civilians|people|nationals|guards|combatants|militants|rebels|peacekeepers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnLosses();

    [GeneratedRegex(@"^\s*,[^,;:]{1,90},\s+(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AsideThenVerb();

    [GeneratedRegex(@"\b(?:including|among them|of whom|of them)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex IncludingLead();

    [GeneratedRegex(@"\bincluding\s+(?:many\s+|several\s+|some\s+|\w+\s+)?(?<n>civilians|children|women|soldiers|journalists|fighters|troops|officers|aid workers|medics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Including();
}

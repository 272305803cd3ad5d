using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Cleaning;
using CeasefireMonitor.Extraction.Conflicts;
using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Facts;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Rules;
using CeasefireMonitor.Extraction.Segmentation;

namespace CeasefireMonitor.Extraction;

/// <summary>One extraction run over one article: the state that links its sentences (dates, pronouns, claims) lives here.</summary>
internal sealed partial class ArticleReader(ActorDictionary dictionary, ArticleText article)
{
    private const int BackgroundMonths = 6;

    // A lead dated "on Monday" sets the day the page reports; a date further back is background, not the news.
    private const int NewsDayReach = 3;

    private PartialDate? newsDay;
    private bool leadRead;

    private readonly ArticleActors actors = new(dictionary, article.PublishedOn);
    private readonly List<FactDraft> drafts = [];
    private readonly List<PartialDate?> earlierDates = [];
    private readonly EventMemory memory = new();
    private readonly Dictionary<string, int> sideMentions = new(StringComparer.Ordinal);
    private Func<string, string?> homeState = _ => null;
    private IReadOnlyDictionary<string, string> alliances = new Dictionary<string, string>();
    private List<List<SentenceActor>> pageActors = [];

    public IReadOnlyList<ReportedFact> Read()
    {
        var text = article.Text ?? "";
        var page = PageCleaner.Clean(text, article.Title);
        var sentences = new List<(Sentence Sentence, List<SentenceActor> Found)>();
        var paragraph = 0;
        foreach (var line in page.Paragraphs)
        {
            var index = 0;
            foreach (var (start, length) in SentenceSplitter.Split(text, line.Start, line.Length))
            {
                if (length == 0) continue;
                var sentence = new Sentence(text.Substring(start, length), start, paragraph, index++);
                sentences.Add((sentence, actors.Resolve(sentence.Text)));
            }
            paragraph++;
        }
        pageActors = [.. sentences.Select(s => s.Found)];
        AmbiguousNames.Settle(pageActors, dictionary);
        // Generic forces ("the army", "the rebels") are known only once the whole page has named its insurgency.
        var ground = PageGround.Find(sentences.Select(s => s.Found), dictionary);
        homeState = PageGround.HomeStates(dictionary, ground);
        var insurgency = GenericForces.Find([.. sentences.Select(s => s.Found)], dictionary, homeState, ground);
        var collectives = CollectiveNames.Find(sentences.Select(s => s.Found));
        PartialDate? lastDate = null;
        List<SentenceActor> previous = [];
        foreach (var (sentence, named) in sentences)
        {
            if (sentence.Index == 0) lastDate = null;
            var found = GenericForces.Resolve(sentence.Text, CollectiveNames.Resolve(sentence.Text, named, collectives), insurgency);
            Count(found);
            var dates = DateFinder.Find(sentence.Text, article.PublishedOn, article.DateOrder, lastDate?.Earliest, memory);
            memory.Remember(sentence.Text, dates);
            AttachDenials(sentence.Text, found);
            foreach (var read in SentenceReader.Read(sentence, dates, found, previous))
            {
                var draft = DetailsBreach(read) ? read with { Type = EventType.CeasefireViolated } : read;
                drafts.Add(draft);
                earlierDates.Add(lastDate);
            }
            lastDate = dates.LastOrDefault(d => d.CanDateEvent && !d.InsideOnly)?.Date ?? lastDate;
            // Only the first sentence that gives any date (the lead) can set the news day.
            if (!leadRead && dates.Any(d => d.CanDateEvent)) (leadRead, newsDay) = (true, dates.FirstOrDefault(d => d.CanDateEvent && !d.InsideOnly && d.Date.Precision == DatePrecision.Day && d.Date.Earliest <= article.PublishedOn && d.Date.Earliest >= article.PublishedOn.AddDays(-NewsDayReach) && !Dateline().IsMatch(sentence.Text.AsSpan(d.End)) && !RelativeLead().IsMatch(sentence.Text.AsSpan(0, d.Start)))?.Date);
            previous = found;
        }
        return Finish(HeadlineSides(page.Title));
    }

    // "Both sides accused each other of violations within hours. The GNA said LNA forces had shelled its positions…": fighting told
    // right after a breach, in the same paragraph, between the breach's sides, is that breach in detail, not a new clash.
    private bool DetailsBreach(FactDraft draft)
    {
        if (draft.Type != EventType.ClashReported || draft.VoteOnly) return false;
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var before = drafts[i].Sentence;
            if (before.Paragraph != draft.Sentence.Paragraph || before.Index < draft.Sentence.Index - 1) return false;
            if (before.Index != draft.Sentence.Index - 1 || drafts[i].Type != EventType.CeasefireViolated) continue;
            var breach = drafts[i];
            return breach.Sides.Count == 0 || draft.Sides.All(breach.Sides.Contains);
        }
        return false;
    }

    private List<ReportedFact> Finish(IReadOnlyList<string> headlineSides)
    {
        alliances = AllianceSides.Fold(sideMentions, dictionary.AllianceOf);
        var dated = BrokeredDeals.DateByAgreement(TruceStarts.DateByAgreement([.. FoldAlliances(DateFilling.Fill(drafts, earlierDates, article.PublishedOn, newsDay))]));
        var mentions = sideMentions.GroupBy(m => Side(m.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(m => m.Value), StringComparer.Ordinal);
        var primary = PrimaryConflict.Find(dated, [.. headlineSides.Select(Side).Distinct()], mentions, homeState, dictionary.BaseState);
        var facts = new List<ReportedFact>();
        string[] grounds = primary is null ? [] : [.. new[] { dictionary.BaseState(primary.A), dictionary.BaseState(primary.B) }.OfType<string>()];
        foreach (var draft in dated)
        {
            if (draft.VoteOnly) continue;
            var sides = SideAssignment.For(draft, primary, grounds);
            if (sides is null) continue;
            var fact = ToFact(draft, sides);
            if (fact is not null) facts.Add(fact);
        }
        return FactMerger.Merge(TruceBreaches.Retype(facts));
    }

    private IReadOnlyList<FactDraft> FoldAlliances(IReadOnlyList<FactDraft> dated) =>
        alliances.Count == 0 ? dated : [.. dated.Select(d => d with { Sides = [.. d.Sides.Select(Side).Distinct()] })];

    // The side an actor or side name stands for on this page: an alliance's member stands for the alliance's side (AllianceSides).
    private string Side(string side) => alliances.GetValueOrDefault(side, side);

    private string? SideOf(string actor) => dictionary.SideOf(actor) is { } side ? Side(side) : null;

    private ReportedFact? ToFact(FactDraft d, ConflictSides sides)
    {
        // The actors of fighting are its parties: a clash named only by third parties belongs to no conflict.
        var fighting = d.Type is EventType.ClashReported or EventType.CasualtiesReported;
        var parties = fighting ? d.Actors.Where(a => IsParty(a, sides)).ToList() : d.Actors;
        if (d.Type is EventType.CeasefireCalled or EventType.MediationOffered && d.Actors.Count == 0) return null;
        // A party to the war mediates nothing in it: its "mediation" is its own side of the talks.
        if (d.Type == EventType.MediationOffered && (d.Hosting ? d.Actors.Any(a => IsParty(a, sides)) : d.Actors.All(a => IsParty(a, sides)))) return null;
        var date = d.Date!.Value;
        var published = article.PublishedOn;
        var background = (date.Precision == DatePrecision.Year && date.Year < published.Year) || date.Latest < published.AddMonths(-BackgroundMonths);
        var actorNames = parties.Count > 0 || d.Type is EventType.CeasefireCalled or EventType.MediationOffered ? parties : [sides.A, sides.B];
        if (d.OpponentOf is not null && SideOf(d.OpponentOf) is { } reporter && (reporter == sides.A || reporter == sides.B))
            actorNames = [reporter == sides.A ? sides.B : sides.A];
        var claim = (d.Claimant ?? Accuser(d, sides)) is { } claimant ? new Claim(claimant, d.DisputedBy) : null;
        var evidence = new Evidence(article.ArticleId, d.Sentence.Text, d.Sentence.Start, d.Sentence.Length);
        var report = new EventReport(date, published, actorNames, sides, d.Location, claim, evidence, ArticleExtractor.Version, background);
        return new ReportedFact(d.Type, report, d.Casualties);
    }

    // "Its officials accused Kyrgyz forces of firing, a charge Bishkek rejected": a report one side disputes is the other side's claim.
    private string? Accuser(FactDraft d, ConflictSides sides)
    {
        if (d.Type is not (EventType.ClashReported or EventType.CasualtiesReported or EventType.CeasefireViolated)) return null;
        var disputing = d.DisputedBy.Select(SideOf).Where(s => s == sides.A || s == sides.B).Distinct().ToList();
        return disputing.Count == 1 ? (disputing[0] == sides.A ? sides.B : sides.A) : null;
    }

    private bool IsParty(string actor, ConflictSides sides)
    {
        var side = SideOf(actor) ?? (actor.EndsWith(" separatists", StringComparison.Ordinal) ? actor : null);
        return side == sides.A || side == sides.B;
    }

    // "Turkey dismissed the report" disputes the claims of the sentence before it.
    private void AttachDenials(string sentence, List<SentenceActor> found)
    {
        if (drafts.Count == 0 || !DenialOfReport().GatedIsMatch(sentence)) return;
        var deniers = Denials.Find(sentence, found, 0).ToList();
        if (deniers.Count == 0) return;
        var lastSentence = drafts[^1].Sentence;
        for (var i = drafts.Count - 1; i >= 0 && drafts[i].Sentence == lastSentence; i--)
        {
            var d = drafts[i];
            if (d.Claimant is null) continue;
            drafts[i] = d with { DisputedBy = [.. d.DisputedBy.Union(deniers.Where(x => x != d.Claimant))] };
        }
    }

    private void Count(List<SentenceActor> found)
    {
        foreach (var a in found)
            if (a.CanFight) sideMentions[a.Side!] = sideMentions.GetValueOrDefault(a.Side!) + 1;
    }

    private List<string> HeadlineSides(string? title)
    {
        if (title is null || !Vocabulary.Clash().IsMatch(title)) return [];
        var found = new ArticleActors(dictionary, article.PublishedOn).Resolve(title);
        AmbiguousNames.Settle([found, .. pageActors], dictionary);
        Count(found);
        return [.. found.Where(a => a.Side is not null && !a.Supporter).Select(a => a.Side!).Distinct()];
    }

    // "DUBAI, June 24 (Wire) - …": the dateline is the day of writing; the lead's own date is the day of the news.
    [GeneratedRegex(@"^,?\s*(?:\([^)]{1,40}\))?\s*[-–—|]")]
    private static partial Regex Dateline();

    // "The offensive, which opened on Sunday, …": a relative clause dates its subject, not the day the page reports.
    [GeneratedRegex(@"\b(?:which|who|that)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeLead();

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)|disput(?:ed|es))\s+(?:the\s+|these\s+|those\s+|this\s+|that\s+|such\s+)?(?:reports?|claims?|allegations?|accusations?|assertions?|it|this|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DenialOfReport();
}

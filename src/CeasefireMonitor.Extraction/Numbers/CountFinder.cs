using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Extraction.Numbers;

/// <summary>Finds counted figures with their qualifier: "at least 30", "nearly a hundred", "dozens", "tens of thousands".</summary>
internal static partial class CountFinder
{
    public static IReadOnlyList<CountMention> Find(string sentence)
    {
        var found = new List<CountMention>();
        foreach (var m in Figures(sentence))
        {
            var figure = Figure(m);
            if (figure is null) continue;
            var noun = m.Groups["noun"].Success ? m.Groups["noun"].Value.ToLowerInvariant() : null;
            found.Add(new CountMention(m.Index, m.Length, figure, noun));
        }
        return found;
    }

    /// <summary>The pattern's matches, those <c>Matches</c> gives, searched for from a few words before each figure rather than over the whole sentence.</summary>
    internal static IEnumerable<Match> Figures(string sentence)
    {
        if (!CountAnchors.Findable(sentence))
        {
            foreach (Match m in Count().Matches(sentence)) yield return m;
            yield break;
        }
        // No match starts before the anchor's start, so the one found from there is the next Matches would give.
        for (var from = 0; CountAnchors.StartBefore(sentence, from) is var start and >= 0;)
        {
            var m = Count().Match(sentence, start);
            if (!m.Success) yield break;
            yield return m;
            from = m.Index + m.Length;
        }
    }

    private static CasualtyFigure? Figure(Match m)
    {
        var vague = m.Groups["vague"].Value.ToLowerInvariant();
        if (vague.Length > 0)
        {
            return vague.StartsWith("tens", StringComparison.Ordinal) ? new CasualtyFigure(20000, CountQualifier.TensOfThousands)
                : vague.StartsWith("thousands", StringComparison.Ordinal) ? new CasualtyFigure(2000, CountQualifier.Thousands)
                : vague.StartsWith("hundreds", StringComparison.Ordinal) ? new CasualtyFigure(200, CountQualifier.Hundreds)
                : new CasualtyFigure(24, CountQualifier.Dozens);
        }
        var value = NumberWords.Parse(m.Groups["num"].Value);
        return value is > 0 ? new CasualtyFigure(value.Value, Qualifier(m.Groups["q"].Value)) : null;
    }

    private static CountQualifier Qualifier(string q) => q.ToLowerInvariant() switch
    {
        "" => CountQualifier.Exact,
        "at least" or "a minimum of" => CountQualifier.AtLeast,
        "more than" or "over" or "upwards of" or "in excess of" => CountQualifier.MoreThan,
        "nearly" or "almost" or "close to" or "just under" or "nearing" => CountQualifier.Nearly,
        "up to" or "as many as" or "at most" or "fewer than" or "less than" => CountQualifier.UpTo,
        _ => CountQualifier.About,
    };

    // CountAnchors counts on these: a qualifier of three words at most, a multiplier of two ("forty five hundred"), a digit or a number word in every figure.
    private const string Qualifiers = "at least|a minimum of|more than|over|upwards of|in excess of|nearly|almost|close to|just under|nearing|up to|as many as|at most|fewer than|less than|about|around|an estimated|estimated|some|roughly|approximately|approx\\.|circa|a reported";

    private const string Vague = "tens of thousands|thousands|hundreds|dozens|scores";

    private const string Spelled = "(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|" + NumberWords.Word + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\s+)?(?:hundred|thousand|million|dozen)(?:\\s+(?:and\\s+)?(?:" + NumberWords.Word + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?|(?:" + NumberWords.Word + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";

    private const string Digits = "\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:million|thousand))?";

    private const string Nouns = "people|persons|civilians|soldiers|troops|servicemen|servicemembers|service members|service personnel|military personnel|personnel|fighters|militants|rebels|insurgents|combatants|militiamen|children|women|men|journalists|reporters|police officers|policemen|police|officers|residents|villagers|refugees|aid workers|medics|doctors|staff|members|guards|peacekeepers|protesters|demonstrators|students|worshippers|migrants|passengers|workers|farmers|pilgrims|others|Palestinians|Israelis|hostages";

    [GeneratedRegex("(?<![\\w.,$£€-])(?:(?<q>" + Qualifiers + ")\\s+)?(?:(?<vague>" + Vague + ")|(?<num>" + Digits + "|" + Spelled + "))(?![\\w%]|[.,]\\d|-\\w)(?:\\s+of)?(?:\\s+(?:[\\w’'-]+\\s+){0,2}?(?<noun>" + Nouns + ")\\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}

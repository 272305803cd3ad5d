using System.Globalization;
using System.Text;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>Writes one news-like article about one conflict: headline, dateline, event paragraphs, context and page junk.</summary>
internal sealed class ArticleWriter(Random random, ConflictPlan plan, DateOnly published)
{
    private const int MinWords = 300, MaxWords = 800;

    private static readonly string[] SmallNumbers =
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty"];

    private readonly StringBuilder _text = new();
    private int _words;

    public SyntheticArticle Write(int index, int seed)
    {
        var title = Fill(Pick(PageText.Headlines));
        var target = random.Next(MinWords, MaxWords - 80);
        if (random.Next(3) == 0) Line(title);
        if (random.Next(2) == 0) Line(DateWording.Dateline(published, random));
        Paragraph(EventSentences(Lead(), 1 + random.Next(2)));
        while (_words < target)
        {
            switch (random.Next(10))
            {
                case < 4: Paragraph(EventSentences(plan.NextEvent(published, random), 1 + random.Next(3))); break;
                case < 7: Paragraph(Sentences(PageText.Filler, 2 + random.Next(3))); break;
                case 7: Paragraph(Sentences(PageText.Quotes, 1)); break;
                case 8: Paragraph(Sentences(SentenceBank.Background, 1) + " " + Sentences(PageText.Filler, 1)); break;
                default: Line(Fill(Pick(PageText.Junk))); break;
            }
        }
        Line(Fill(Pick(PageText.Junk)));
        Line(string.Create(CultureInfo.InvariantCulture, $"Ref. {seed}-{index:D6}"));
        return new SyntheticArticle(string.Create(CultureInfo.InvariantCulture, $"synthetic-{index:D6}.txt"), title, _text.ToString(), published);
    }

    // The lead is what the story is about: the conflict's current stage decides it.
    private EventType Lead() => plan.NextEvent(published, random);

    private string EventSentences(EventType first, int count)
    {
        var sentences = new List<string> { Fill(Pick(SentenceBank.ByType[first])) };
        for (var i = 1; i < count; i++)
            sentences.Add(Fill(Pick(SentenceBank.ByType[plan.NextEvent(published, random)])));
        return string.Join(" ", sentences);
    }

    private string Sentences(IReadOnlyList<string> templates, int count) =>
        string.Join(" ", Enumerable.Range(0, count).Select(_ => Fill(Pick(templates))));

    private void Paragraph(string text)
    {
        Line(text);
        if (random.Next(3) > 0) _text.Append('\n');
    }

    private void Line(string text)
    {
        _text.Append(text).Append('\n');
        _words += text.Count(c => c == ' ') + 1;
    }

    private string Fill(string template)
    {
        var swap = random.Next(2) == 0;
        var (a, b) = swap ? (plan.Sides.B, plan.Sides.A) : (plan.Sides.A, plan.Sides.B);
        var filled = new StringBuilder(template)
            .Replace("{A}", Pick(a.Forms))
            .Replace("{B}", Pick(b.Forms))
            .Replace("{P}", Pick(plan.Sides.Places))
            .Replace("{M}", Pick(BelligerentCatalog.Mediators))
            .Replace("{S}", Pick(SentenceBank.Sources))
            .Replace("{D}", DateWording.Phrase(EventDay(), published, random))
            .Replace("{N}", Count(500))
            .Replace("{W}", Count(900))
            .Replace("{Y}", (published.Year - 1 - random.Next(8)).ToString(CultureInfo.InvariantCulture))
            .Replace("{T}", Teaser())
            .Replace("{C}", published.Year.ToString(CultureInfo.InvariantCulture))
            .ToString();
        return char.ToUpperInvariant(filled[0]) + filled[1..];
    }

    private string Teaser()
    {
        var headline = Pick(PageText.Headlines);
        return headline.Replace("{A}", plan.Sides.A.Name, StringComparison.Ordinal).Replace("{B}", plan.Sides.B.Name, StringComparison.Ordinal)
            .Replace("{P}", Pick(plan.Sides.Places), StringComparison.Ordinal).Replace("{M}", "the United Nations", StringComparison.Ordinal);
    }

    // Most events are days old when reported; a few are weeks old.
    private DateOnly EventDay() => published.AddDays(-(random.Next(5) == 0 ? random.Next(7, 25) : random.Next(0, 7)));

    private string Count(int max)
    {
        var n = 2 + (int)(Math.Pow(random.NextDouble(), 2) * max);
        return random.Next(6) switch
        {
            0 => "at least " + n.ToString(CultureInfo.InvariantCulture),
            1 => "more than " + n.ToString(CultureInfo.InvariantCulture),
            2 => "nearly " + n.ToString(CultureInfo.InvariantCulture),
            3 => SmallNumbers[random.Next(SmallNumbers.Length)],
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

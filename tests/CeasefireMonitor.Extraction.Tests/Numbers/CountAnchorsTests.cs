using System.Reflection;
using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Numbers;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Numbers;

/// <summary>Searching from the anchors finds exactly the matches a search of the whole sentence finds, in my sentences and on every seed and eval page.</summary>
public class CountAnchorsTests
{
    private static readonly string[] Written =
    [
        "In excess of forty five hundred people fled, and someone counted often.", "Approximately \t 30 soldiers and a  hundred civilians died.",
        "The F16 crashed; COVID-19 killed 1,200 and (30) more, then tens of thousands fled.", "Scores of residents, upwards of   two dozen, were hurt.",
        "A reported sixty-one fighters and nine others were among 2.5 million displaced.", "Rebels killed ٣ guards.", "The \u212Aurdish forces lost ten men.",
        "Tensions were tense as tens of thousands fled; the ones who stayed, often fortyish, counted sixty-six dead and Twenty wounded.",
        "Seventeen fighters and hundreds of others, some onerous fourteen-year-olds, were Dozens of miles from the nineties' front.",
    ];

    [Fact]
    public void Figures_AnyText_AreTheMatchesOfTheWholeSentence()
    {
        var count = (Regex)typeof(CountFinder).GetMethod("Count", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;
        var texts = SeedArticles.LinesWith(Written);
        var compared = 0;
        foreach (var text in texts)
        {
            var whole = count.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(whole, CountFinder.Figures(text).Select(m => (m.Index, m.Length)).ToList());
            compared += whole.Count;
        }
        Assert.True(compared > 100, $"only {compared} figures compared");
    }

    [Theory]
    [InlineData("Troops often attended the talks.", -1)]
    [InlineData("Someone said nothing.", -1)]
    [InlineData("In excess of forty five hundred people fled.", 0)]
    [InlineData("He spoke. Then at least a    hundred fled.", 3)]
    public void StartBefore_Sentence_StartsFiveWordsBeforeTheFirstFigureWord(string sentence, int start) =>
        Assert.Equal(start, CountAnchors.StartBefore(sentence, 0));
}

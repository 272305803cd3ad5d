using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Cleaning;

public class PageCleanerTests
{
    private const string Body = "Sudanese army troops clashed with the RSF in El Fasher on Tuesday, killing at least 12 civilians.";

    [Theory]
    [InlineData("Warning: Undefined variable $post in /var/www/site/wp-content/themes/x/single.php on line 88")]
    [InlineData("Notice: Trying to access array offset on value of type null in /srv/app/index.php on line 12")]
    [InlineData("Fatal error: Uncaught Error: Call to undefined function in /srv/app/x.php on line 3")]
    [InlineData("Read Next: Fighting in El Fasher kills dozens as RSF shells the city")]
    [InlineData("Read more: RSF attacks continue in Darfur, killing 40")]
    [InlineData("Related: Army strikes RSF positions in Khartoum")]
    [InlineData("Join our WhatsApp channel for the latest clashes in Darfur")]
    [InlineData("Subscribe to our newsletter for updates on fighting in Sudan.")]
    [InlineData("Smoke rises after RSF shelling killed 10 people in El Fasher on Tuesday. (REUTERS)")]
    [InlineData("Sudanese soldiers attack RSF positions in Khartoum on Tuesday. (Photo: AFP)")]
    [InlineData("RSF fighters clash with army troops in El Fasher on Tuesday. Getty Images")]
    [InlineData("We use cookies to improve your experience; fighting news continues.")]
    public void Extract_JunkLine_ProducesNothingFromIt(string junk)
    {
        var text = Body + "\n\n" + junk + "\n";
        var facts = TestActors.Extract(text);
        Assert.All(facts, f => Assert.DoesNotContain(junk, f.Report.Evidence.Sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AfterJunkAndHeadline_SpansPointIntoOriginalText()
    {
        var text = "Sudan army and RSF fight for El Fasher\n\nSudan army and RSF fight for El Fasher\nThursday 16/05/2024\n\n" + Body + "\nRead more: Sudan news\n";
        var facts = TestActors.Extract(text);
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal(f.Report.Evidence.Sentence, text.Substring(f.Report.Evidence.Start, f.Report.Evidence.Length)));
    }

    [Fact]
    public void Extract_Headline_IsNotAnEventSentence()
    {
        var text = "RSF shells El Fasher as army strikes back\n" + "Residents described a quiet morning in the market.";
        Assert.Empty(TestActors.Extract(text));
    }

    [Fact]
    public void Extract_PhpWarningAtEnd_DoesNotBreakExtraction()
    {
        var text = Body + "\n \nWarning: array_merge(): Argument #2 must be of type array, null given in /home/site/public_html/wp-content/plugins/gallery/class.php on line 2622";
        var facts = TestActors.Extract(text);
        Assert.Contains(facts, f => f.Type == EventType.ClashReported);
        Assert.All(facts, f => Assert.DoesNotContain("array_merge", f.Report.Evidence.Sentence, StringComparison.Ordinal));
    }
}

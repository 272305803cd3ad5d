using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Dates;

/// <summary>Dates pointing back at one already given, weekday pairs and "Monday last week". Published Thursday 16 May 2024.</summary>
public class BackReferenceTests
{
    private static string DayOf(string sentence, DateOnly? anchor = null) =>
        DateFinder.Find(sentence, TestActors.Published, DateOrder.Unknown, anchor).Last(d => d.CanDateEvent).Date.ToString();

    [Theory]
    [InlineData("The truce collapsed in 2019, and fighting resumed a year later.", "2020")]
    [InlineData("Talks opened on 3 May; the rebels walked out two days later.", "2024-05-05")]
    [InlineData("The offensive began on 10 May, answering air strikes on the capital three days earlier.", "2024-05-07")]
    [InlineData("The army entered the town on Monday, and looting broke out that night.", "2024-05-13")]
    [InlineData("The deal was signed in March and broke down two months later.", "2024-05")]
    public void Find_CountFromADateEarlierInTheSentence_MovesFromIt(string sentence, string expected) =>
        Assert.Equal(expected, DayOf(sentence));

    [Fact]
    public void Find_ThatNightWithoutADateInTheSentence_IsTheParagraphsDay() =>
        Assert.Equal("2024-05-09", DayOf("Eleven soldiers were killed in the clashes that night.", new DateOnly(2024, 5, 9)));

    [Fact]
    public void Find_ThatDayWithNothingToPointAt_GivesNoDate() =>
        Assert.DoesNotContain(DateFinder.Find("Eleven soldiers were killed that day.", TestActors.Published, DateOrder.Unknown), d => d.CanDateEvent);

    [Theory]
    [InlineData("Gunmen raided two villages on Saturday and Sunday.", "2024-05-11")]
    [InlineData("Rebels shelled the town on Monday last week.", "2024-05-06")]
    [InlineData("Rebels shelled the town on Friday of last week.", "2024-05-10")]
    public void Find_WeekdayPairsAndLastWeeksWeekday_TakeTheFirstDayOfThatWeek(string sentence, string expected) =>
        Assert.Equal(expected, DateFinder.Find(sentence, TestActors.Published, DateOrder.Unknown).First(d => d.CanDateEvent).Date.ToString());

    [Fact]
    public void Extract_ClashesThatNightAfterAParagraphBreak_TakeTheArticlesLastDay()
    {
        var text = "RSF fighters attacked Sudanese army posts near El Obeid on 11 May.\n\nThe Sudanese army said nine of its soldiers were killed in the fighting that night.";
        Assert.Contains(TestActors.Extract(text).OfType(EventType.CasualtiesReported), f => f.Report.OccurredOn.ToString() == "2024-05-11");
    }
}

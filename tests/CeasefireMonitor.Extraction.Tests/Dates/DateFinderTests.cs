using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Extraction.Dates;

namespace CeasefireMonitor.Extraction.Tests.Dates;

public class DateFinderTests
{
    // Thursday.
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static string First(string sentence, DateOnly? published = null, DateOrder order = DateOrder.Unknown) =>
        DateFinder.Find(sentence, published ?? Published, order).First(d => d.CanDateEvent).Date.ToString();

    [Theory]
    [InlineData("Shelling resumed today in the north.", "2024-05-16")]
    [InlineData("Rebels attacked the base tonight.", "2024-05-16")]
    [InlineData("Drones struck the port overnight.", "2024-05-16")]
    [InlineData("The army said yesterday that it had retaken the town.", "2024-05-15")]
    [InlineData("The envoy had flown in the previous evening.", "2024-05-15")]
    [InlineData("Both delegations arrived the previous morning.", "2024-05-15")]
    public void Find_RelativeDay_ResolvesAgainstPublication(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence));

    [Theory]
    [InlineData("Fighting broke out on Tuesday near the border.", "2024-05-14")]
    [InlineData("The militia attacked on Tuesday night.", "2024-05-14")]
    [InlineData("Clashes erupted on Thursday morning.", "2024-05-16")]
    [InlineData("Talks collapsed on Friday.", "2024-05-10")]
    [InlineData("The truce held until last Sunday.", "2024-05-12")]
    [InlineData("The ministry said on Monday that troops had withdrawn.", "2024-05-13")]
    public void Find_Weekday_IsMostRecentOnOrBeforePublication(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence));

    [Fact]
    public void Find_LastWeekdayOnThatWeekday_IsOneWeekEarlier() =>
        Assert.Equal("2024-05-09", First("The offensive began last Thursday.", Published));

    [Theory]
    [InlineData("Fighting continued for a fifth day.", "2024-05-16")]
    [InlineData("Clashes went on for a third straight day on Tuesday.", "2024-05-14")]
    [InlineData("The bombardment continued for the 4th consecutive day.", "2024-05-16")]
    public void Find_NthDay_TakesAnchorWeekdayOrPublication(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence));

    [Theory]
    [InlineData("The war erupted on September 27.", "2023-09-27")]
    [InlineData("The war erupted on 27 September.", "2023-09-27")]
    [InlineData("The war erupted on Sept. 27 after weeks of tension.", "2023-09-27")]
    [InlineData("Fighting began on May 3rd in the capital.", "2024-05-03")]
    [InlineData("Fighting began on 3 May 2019 in the capital.", "2019-05-03")]
    [InlineData("Fighting began on March 3, 2021 in the capital.", "2021-03-03")]
    public void Find_DayAndMonth_TakesYearFromPublicationOrPrevious(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence));

    [Theory]
    [InlineData("The accord was signed on 3 March 2016 and set a truce from 10 March.", "2016-03-10")]
    [InlineData("Envoys met on November 28, 2019 and agreed on a pause from December 2.", "2019-12-02")]
    [InlineData("Talks opened in October 2018, and a truce from 20 January was agreed.", "2019-01-20")]
    public void Find_DayMonthAfterAFullDate_TakesThatDatesYear(string sentence, string expected) =>
        Assert.Equal(expected, DateFinder.Find(sentence, Published, DateOrder.Unknown).Last(d => d.CanDateEvent).Date.ToString());

    [Theory]
    [InlineData("More than 900 people have been killed since October 2023.")]
    [InlineData("The border has been closed since 3 May 2019.")]
    public void Find_SinceAFullDate_IsTheStartOfAState(string sentence) =>
        Assert.Equal(DateKind.Since, Assert.Single(DateFinder.Find(sentence, Published, DateOrder.Unknown)).Kind);

    [Fact]
    public void Find_MonthAfterPublicationWithoutYear_IsPreviousYear() =>
        Assert.Equal("2023-12-28", First("Militants stormed the village on December 28.", new DateOnly(2024, 1, 5)));

    [Theory]
    [InlineData("The ceasefire collapsed in September 2020.", "2020-09")]
    [InlineData("It was the worst violence since a 1994 truce.", "1994")]
    [InlineData("The region broke away in a 1991-94 war.", "1994")]
    [InlineData("Government forces advanced in mid-October.", "2023-10")]
    [InlineData("The deal was signed on 2020-10-01 in Doha.", "2020-10-01")]
    public void Find_PartialDates_KeepTheTextsPrecision(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence));

    [Theory]
    [InlineData(DateOrder.DayFirst, "2020-10-01")]
    [InlineData(DateOrder.MonthFirst, "2020-01-10")]
    public void Find_NumericDate_FollowsDateOrder(DateOrder order, string expected) =>
        Assert.Equal(expected, First("Dated 01/10/2020 in the report.", new DateOnly(2020, 10, 5), order));

    [Theory]
    [InlineData("Dated 25/09/2020 in the report.", "2020-09-25")]
    [InlineData("Dated 09/25/2020 in the report.", "2020-09-25")]
    [InlineData("Dated 01/10/2020 in the report.", "2020-10-01")]
    public void Find_NumericDateUnknownOrder_UsesUnambiguousFormOrNearestNotAfterPublication(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence, new DateOnly(2020, 10, 5)));

    [Fact]
    public void Find_EarlierThisMonthAndLastWeek_AreMonthPrecision()
    {
        Assert.Equal("2024-05", First("Earlier this month, drones hit the airport."));
        Assert.Equal("2024-05", First("Last week, drones hit the airport."));
    }

    [Fact]
    public void Find_DayBefore_CountsFromAnchor()
    {
        var found = DateFinder.Find("The day before, rebels shelled the town.", Published, DateOrder.Unknown, new DateOnly(2024, 5, 10));
        Assert.Equal(new PartialDate(2024, 5, 9), found.Single().Date);
    }

    [Fact]
    public void Find_SinceWeekday_IsMarkedSince() =>
        Assert.Equal(DateKind.Since, DateFinder.Find("Dozens have died since Sunday.", Published, DateOrder.Unknown).Single().Kind);

    [Fact]
    public void Find_DateAfterPublication_IsFutureAndNeverAnEventDate()
    {
        var found = DateFinder.Find("Talks are due on May 30.", Published, DateOrder.Unknown).Single();
        Assert.Equal(DateKind.Future, found.Kind);
        Assert.False(found.CanDateEvent);
    }

    [Theory]
    [InlineData("The attack killed 2000 people.")]
    [InlineData("Some 1,500 troops were deployed.")]
    public void Find_BareCounts_AreNotYears(string sentence) =>
        Assert.Empty(DateFinder.Find(sentence, Published, DateOrder.Unknown));

    [Theory]
    [InlineData("The previous round ended in March last year with a truce.", "2023-03")]
    [InlineData("Talks collapsed in September last year.", "2023-09")]
    [InlineData("Both armies pulled back in February this year.", "2024-02")]
    public void Find_MonthWithLastOrThisYear_TakesThatYearsMonth(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence));

    [Theory]
    [InlineData("Fighting flared this week near the border.", "2024-05")]
    [InlineData("Fighting flared earlier this week near the border.", "2024-05")]
    public void Find_ThisWeek_IsTheMonthOfItsMonday(string sentence, string expected) =>
        Assert.Equal(expected, First(sentence));

    [Fact]
    public void Find_ThisWeekThatBeganInTheMonthBefore_IsThatMonth() =>
        Assert.Equal("2024-04", First("Fighting flared earlier this week near the border.", new DateOnly(2024, 5, 2)));

    [Theory]
    [InlineData("The RSF has besieged the city since October.")]
    [InlineData("The city has been cut off since the spring of 2023.")]
    [InlineData("It was the heaviest shelling since the two sides renewed their truce in February 2021.")]
    public void Find_SinceDate_IsNoEventDate(string sentence) =>
        Assert.DoesNotContain(DateFinder.Find(sentence, Published, DateOrder.Unknown), d => d.CanDateEvent);

    [Fact]
    public void Find_NextDayWithoutAnEarlierDate_IsNoDate() =>
        Assert.Empty(DateFinder.Find("The rebels withdrew the next day.", Published, DateOrder.Unknown));

    [Fact]
    public void Find_NextDay_CountsFromTheAnchor() =>
        Assert.Equal("2024-05-09", DateFinder.Find("The rebels withdrew the next day.", Published, DateOrder.Unknown, new DateOnly(2024, 5, 8)).Single().Date.ToString());

    [Theory]
    [InlineData("In March, the two sides met in Doha.", "2024-03")]
    [InlineData("Since January, the front has barely moved.", "2024-01")]
    [InlineData("Late in April, the rebels withdrew.", "2024-04")]
    public void Find_MonthAtTheStartOfASentence_IsFoundDespiteItsCapital(string sentence, string expected) =>
        Assert.Equal(expected, DateFinder.Find(sentence, Published, DateOrder.Unknown).Single().Date.ToString());

    [Theory]
    [InlineData("Kenya plans to host a summit on Sunday.")]
    [InlineData("The envoys are due to meet again on Monday in Nairobi.")]
    [InlineData("The army will withdraw on Friday.")]
    public void Find_WeekdayAfterAPresentFuture_IsNoEventDate(string sentence) =>
        Assert.DoesNotContain(DateFinder.Find(sentence, Published, DateOrder.Unknown), d => d.CanDateEvent);

    [Fact]
    public void Find_EarlyHours_IsThePublicationDay() =>
        Assert.Equal("2024-05-16", First("The rebels attacked the airport in the early hours."));

    [Theory]
    [InlineData("Talks were due to resume in Nairobi on 2 May but were called off.")]
    [InlineData("The envoys had been scheduled to meet on May 10 before the fighting began.")]
    public void Find_DateOfAScheduleThatWasDue_IsNoEventDate(string sentence) =>
        Assert.DoesNotContain(DateFinder.Find(sentence, Published, DateOrder.Unknown), d => d.CanDateEvent);
}

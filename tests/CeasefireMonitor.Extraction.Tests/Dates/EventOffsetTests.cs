using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Dates;

/// <summary>Dates counted from another event ("a week before the summit"). Published Thursday 16 May 2024.</summary>
public class EventOffsetTests
{
    private static IEnumerable<string> DatesOf(string text, EventType type) =>
        TestActors.Extract(text).OfType(type).Select(f => f.Report.OccurredOn.ToString());

    [Theory]
    [InlineData("Envoys of the Sudanese army and the RSF met for talks in Jeddah on Monday.\n\nTwo days before the summit, RSF fighters shelled army positions in El Obeid.", "2024-05-11")]
    [InlineData("The truce between the RSF and the Sudanese army took effect on Saturday.\n\nThe day before the truce took effect, RSF drones struck an army base in Kosti.", "2024-05-10")]
    [InlineData("The Sudanese army and the RSF signed a ceasefire in Jeddah on 12 May.\n\nExactly a week before the deal, the RSF attacked army positions in Omdurman.", "2024-05-05")]
    public void Extract_OffsetFromAnEventToldEarlier_CountsFromThatEventsDay(string text, string expected) =>
        Assert.Contains(expected, DatesOf(text, EventType.ClashReported));

    [Fact]
    public void Extract_OffsetFromAnEventWhoseDayIsInTheClause_CountsFromThatDay() =>
        Assert.Contains("2024-05-05", DatesOf("RSF fighters shelled Sudanese army positions in Omdurman three days after the truce took effect on 2 May.", EventType.CeasefireViolated));

    [Fact]
    public void Extract_LeadCountingFromAnEvent_DatesThatEventBackFromThePublicationDay() =>
        Assert.Contains("2024-05-12", DatesOf("Four days after the Sudanese army and the RSF agreed to a truce, families in Omdurman are still burying their dead.", EventType.CeasefireAgreed));

    [Fact]
    public void Find_OffsetFromAnEventNeverToldBefore_GivesNoDate() =>
        Assert.DoesNotContain(DateFinder.Find("A week before the election, rebels shelled the town.", TestActors.Published, DateOrder.Unknown, memory: new EventMemory()), d => d.CanDateEvent);
}

using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class TruceStartTests
{
    private static List<string> AgreementDates(string text) =>
        [.. TestActors.Extract(text).OfType(EventType.CeasefireAgreed).Select(f => f.Report.OccurredOn.ToString()).Distinct().Order()];

    [Theory]
    [InlineData("Sudan and the RSF agreed a truce in Jeddah on Monday. The truce took effect on Wednesday.")]
    [InlineData("A ceasefire between Sudan and the RSF came into force on Wednesday. The Sudanese army and the RSF agreed the truce in Jeddah on Monday, Saudi officials said.")]
    [InlineData("The Sudanese army and the RSF signed a ceasefire on Monday.\n\nThe ceasefire, which both sides welcomed, went into effect at dawn on Tuesday.")]
    public void Extract_TruceStartAfterItsAgreement_IsDatedByTheAgreement(string text) =>
        Assert.Equal(["2024-05-13"], AgreementDates(text));

    [Fact]
    public void Extract_TruceStartWithoutAnAgreement_IsDatedByItsStart() =>
        Assert.Equal(["2024-05-15"], AgreementDates("A ceasefire between Sudan and the RSF took effect on Wednesday."));

    [Fact]
    public void Extract_TruceStartWeeksAfterAnAgreement_KeepsItsOwnDate() =>
        Assert.Equal(["2024-04-02", "2024-05-15"], AgreementDates("Sudan and the RSF agreed a truce in Jeddah on 2 April. A new ceasefire between them took effect on Wednesday."));

    [Theory]
    [InlineData("The RSF declared a unilateral truce for Eid on Tuesday. Since the truce began on Tuesday evening, the Sudanese army says RSF fighters have shelled its positions in El Fasher.")]
    [InlineData("The RSF announced on Monday a three-day truce of its own. The Sudanese army said RSF fighters attacked El Fasher hours after the truce took effect on Tuesday.")]
    public void Extract_StartOfATruceOneSideDeclared_IsNoAgreement(string text) =>
        Assert.Empty(AgreementDates(text));

    [Fact]
    public void Extract_StartAfterAThirdPartysCall_IsStillAnAgreement() =>
        Assert.Equal(["2024-05-14"], AgreementDates("The United Nations called on Sudan and the RSF to declare a truce on Monday. A truce between Sudan and the RSF took effect on Tuesday, and the RSF shelled El Fasher on Thursday."));
}

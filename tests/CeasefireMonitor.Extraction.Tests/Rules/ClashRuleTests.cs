using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class ClashRuleTests
{
    [Theory]
    [InlineData("Sudanese army troops clashed with the RSF in El Fasher on Tuesday.", "Rapid Support Forces", "Sudan")]
    [InlineData("Heavy fighting between Ethiopian forces and the TPLF continued on Tuesday in Tigray.", "Ethiopia", "Tigray People's Liberation Front")]
    [InlineData("Israeli airstrikes hit Hamas positions in Gaza on Tuesday.", "Hamas", "Israel")]
    [InlineData("Indian and Pakistani troops exchanged fire along the Line of Control on Tuesday.", "India", "Pakistan")]
    [InlineData("Russian forces launched a drone strike on Ukrainian positions on Tuesday.", "Russia", "Ukraine")]
    [InlineData("JNIM fighters ambushed a Malian army convoy on Tuesday.", "JNIM", "Mali")]
    [InlineData("RSF fighters captured a Sudanese army base on Tuesday.", "Rapid Support Forces", "Sudan")]
    [InlineData("Russia launched dozens of drones at Ukrainian cities on Tuesday.", "Russia", "Ukraine")]
    [InlineData("On Tuesday Ethiopian forces took full control of the TPLF stronghold.", "Ethiopia", "Tigray People's Liberation Front")]
    [InlineData("Ethiopian forces had taken \"complete control\" of the TPLF stronghold on Tuesday, officials said.", "Ethiopia", "Tigray People's Liberation Front")]
    [InlineData("Sudanese troops fought a fierce battle with the RSF near El Obeid on Tuesday.", "Rapid Support Forces", "Sudan")]
    public void Extract_FightingBetweenTwoSides_ReportsClashWithBothSides(string sentence, string a, string b)
    {
        var clash = Assert.Single(TestActors.Extract(sentence).OfType(EventType.ClashReported));
        Assert.Equal(new ConflictSides(a, b), clash.Report.Sides);
        Assert.Equal("2024-05-14", clash.Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_AlignedGroup_FightsOnItsStatesSide()
    {
        var clash = Assert.Single(TestActors.Extract("M23 rebels attacked Congolese army positions near Goma on Tuesday.").OfType(EventType.ClashReported));
        Assert.Equal(new ConflictSides("DR Congo", "Rwanda"), clash.Report.Sides);
        Assert.Contains("M23", clash.Report.Actors);
        Assert.Equal("North Kivu", clash.Report.Location);
    }

    [Theory]
    [InlineData("The minister has been fighting corruption in Khartoum while the RSF and the Sudanese army negotiate.")]
    [InlineData("Abiy is in a war of words with the TPLF over the budget.")]
    [InlineData("A price war between Israeli and Egyptian firms hit markets.")]
    [InlineData("Sudanese generals and the RSF seized power together in a coup years ago.")]
    [InlineData("Modi launched a charm offensive towards Pakistani businessmen.")]
    [InlineData("The Indian election became a battle for votes as Pakistani media watched.")]
    [InlineData("Indian and Pakistani airlines are fighting over market share on the Gulf routes.")]
    [InlineData("Sudan's finance minister is fighting for her political survival as RSF envoys look on.")]
    [InlineData("The Sudanese pound's battle with rising prices worried RSF-held towns.")]
    [InlineData("In RSF-held markets the real battle is over the price of flour.")]
    [InlineData("For Indian and Pakistani farmers the fight was for the price of wheat.")]
    [InlineData("Ethiopia's central bank has fought a losing battle against inflation while the TPLF held Mekelle.")]
    [InlineData("The Colombian peso, which waged a long war with rising prices, firmed as the ELN talks resumed.")]
    [InlineData("In Khartoum, the army-backed cabinet is fighting to restore water and power to districts the RSF left.")]
    [InlineData("Sudanese aid groups were fighting to keep bread supplies moving after the RSF withdrew.")]
    [InlineData("The Sudanese cabinet is also fighting a deepening economic crisis while the RSF holds the west.")]
    [InlineData("Ethiopian ministers battled the debt crisis as the TPLF talks dragged on.")]
    [InlineData("Analysts said the RSF was fighting a battle for international legitimacy in Sudanese towns.")]
    [InlineData("Colombia's government and the ELN are locked in a struggle for public opinion.")]
    [InlineData("India won a hard-fought battle for the test series in Lahore, to Pakistani dismay.")]
    [InlineData("Thai and Cambodian boxers fought a fierce battle for the regional title.")]
    [InlineData("In Bogota, Petro is fighting for a second term while the ELN talks stall.")]
    [InlineData("Sudan's interim premier was battling for re-election as RSF envoys met in Jeddah.")]
    [InlineData("Pakistani and Indian parties are racing for votes in Kashmir this month.")]
    [InlineData("In Khartoum the battle for seats in the transitional assembly has begun between RSF allies and army loyalists.")]
    [InlineData("Ethiopian parties and the TPLF are now fighting over cabinet posts in Mekelle.")]
    [InlineData("The Ethiopian army chief, in a bitter battle with Defence Minister Abraham Belay, skipped the TPLF talks.")]
    [InlineData("Sudan's RSF envoy lost his long feud with the interior minister before the Jeddah round.")]
    [InlineData("Sudan's army and the RSF struck a deal on prisoners in Jeddah on Tuesday.")]
    [InlineData("Under a pact on heavy weapons that Indian and Pakistani generals struck on Monday, both armies will pull back.")]
    [InlineData("Ethiopian envoys struck a conciliatory tone towards the TPLF on Tuesday.")]
    public void Extract_Metaphor_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Theory]
    [InlineData("Sudanese army troops were fighting a battle for control of the airport with the RSF on Monday.")]
    [InlineData("Fighting between Sudanese army troops and the RSF deepened the crisis in Darfur on Monday.")]
    public void Extract_BattleForGroundOrFightingThatWorsensACrisis_IsAClash(string sentence) =>
        Assert.NotEmpty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Theory]
    [InlineData("Analysts warn the standoff could become open fighting between Indian and Pakistani troops.")]
    [InlineData("The RSF threatened to attack Sudanese army bases in El Fasher.")]
    [InlineData("There is a risk of war between Ethiopian forces and the TPLF.")]
    [InlineData("Over the past decades, clashes between Indian and Pakistani troops have been frequent.")]
    [InlineData("In the years that followed, fighting between Turkish troops and the PKK emptied whole villages.")]
    [InlineData("Clashes between Thai and Cambodian soldiers flared in the following years along the border.")]
    [InlineData("Unconfirmed reports suggest Israeli troops raided Hamas tunnels.")]
    [InlineData("Did Russian forces shell Ukrainian positions on Tuesday?")]
    [InlineData("Moscow massed troops near the border, citing an imminent Ukrainian offensive.")]
    [InlineData("Officials in Khartoum say the RSF's intention is to launch raids deep into Sudanese territory.")]
    public void Extract_HypotheticalOrGenericOrRumour_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Fact]
    public void Extract_ClashAnaphora_TakesDateOfEarlierFighting()
    {
        var text = "Sudanese army troops and the RSF clashed in El Fasher on Monday.\n\nThe attacks took place near the airport and the market, witnesses said.";
        var clashes = TestActors.Extract(text).OfType(EventType.ClashReported);
        Assert.All(clashes, c => Assert.Equal("2024-05-13", c.Report.OccurredOn.ToString()));
    }

    [Fact]
    public void Extract_DeniedAttack_LeavesNoClashInItsSentence()
    {
        var text = "Indian and Pakistani troops exchanged fire on Monday. Pakistan denied staging the raid and said its gunners had shot down two Indian drones.";
        Assert.DoesNotContain(TestActors.Extract(text).OfType(EventType.ClashReported), c => c.Report.Evidence.Sentence.Contains("denied", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_JetsThatStruckPositions_ReportAClash() =>
        Assert.Contains(TestActors.Extract("Sudanese jets struck RSF depots near the venue of the prisoner deal on Tuesday.").OfType(EventType.ClashReported),
            f => f.Report.OccurredOn.ToString() == "2024-05-14");

    [Theory]
    [InlineData("Pakistan said Indian drones had tried to hit its air bases near Lahore on Tuesday.")]
    [InlineData("Ukraine said on Tuesday that its forces had destroyed two Russian air-defence radars in Crimea.")]
    [InlineData("RSF fighters destroyed three Sudanese army tanks near El Obeid on Tuesday.")]
    public void Extract_MilitaryTargetsHitOrDestroyed_ReportAClash(string sentence) =>
        Assert.Contains(TestActors.Extract(sentence).OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == "2024-05-14");

    [Theory]
    [InlineData("Floods destroyed hundreds of homes in Sudanese towns the RSF holds on Tuesday.")]
    [InlineData("New sanctions hit Russian banks as Ukrainian envoys met in Geneva on Tuesday.")]
    public void Extract_HomesDestroyedOrBanksHit_ReportNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));
}

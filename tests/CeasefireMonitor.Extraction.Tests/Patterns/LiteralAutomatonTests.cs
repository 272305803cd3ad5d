using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Tests.Patterns;

/// <summary>The one-pass search behind the keyword gates marks every literal a text holds, overlapping or nested, in either case.</summary>
public class LiteralAutomatonTests
{
    private static readonly string[] Literals = ["he", "she", "his", "hers", "truce", "ceasefire", "fire", "n’t", "©"];

    [Theory]
    [InlineData("ushers", "he|she|hers")]
    [InlineData("The CEASEFIRE held", "he|ceasefire|fire")]
    [InlineData("a Truce; they didn’t", "he|truce|n’t")]
    [InlineData("© 2024 all rights", "©")]
    [InlineData("no keyword at all", "")]
    [InlineData("", "")]
    public void Mark_Text_FindsExactlyTheLiteralsItHolds(string text, string expected)
    {
        var found = new bool[Literals.Length];
        new LiteralAutomaton(Literals).Mark(text, found);
        var marked = Literals.Where((_, i) => found[i]).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), marked);
    }

    [Fact]
    public void Mark_AnyText_AgreesWithASearchForEachLiteral()
    {
        var random = new Random(7);
        const string Alphabet = "hesirHESfctu’© ";
        for (var n = 0; n < 2_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var found = new bool[Literals.Length];
            new LiteralAutomaton(Literals).Mark(text, found);
            for (var i = 0; i < Literals.Length; i++)
                Assert.Equal(text.Contains(Literals[i], StringComparison.OrdinalIgnoreCase), found[i]);
        }
    }

    [Fact]
    public void Mark_TextsSharingTheVisitedStates_MarksEachAsAFreshScanWould()
    {
        var random = new Random(11);
        const string Alphabet = "hesirHESfctu’© ";
        var automaton = new LiteralAutomaton(Literals);
        var visited = new int[automaton.States];
        for (var stamp = 1; stamp <= 2_000; stamp++)
        {
            // Long enough to cross the walk's chunks of characters, and to be walked in two parts.
            var text = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var bits = new ulong[1];
            automaton.Mark(text, bits, visited, stamp);
            for (var i = 0; i < Literals.Length; i++)
                Assert.Equal(text.Contains(Literals[i], StringComparison.OrdinalIgnoreCase), (bits[0] & (1UL << i)) != 0);
        }
    }

    [Fact]
    public void Mark_LongTextWalkedInTwoParts_FindsALiteralAtEveryPosition()
    {
        var automaton = new LiteralAutomaton(Literals);
        for (var length = 9; length <= 80; length++)
            for (var at = 0; at + "ceasefire".Length <= length; at++)
            {
                var text = new string('x', at) + "ceasefire" + new string('x', length - at - "ceasefire".Length);
                var bits = new ulong[1];
                automaton.Mark(text, bits, new int[automaton.States], 1);
                Assert.Equal(0b110_0000UL, bits[0]);
            }
    }
}

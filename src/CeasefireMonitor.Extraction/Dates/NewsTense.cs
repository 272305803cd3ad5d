using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Whether a sentence tells its event in the past ("the army said", "had agreed") or as it stands now ("says", "has killed", "is").</summary>
internal static partial class NewsTense
{
    public static bool IsPast(string sentence, int trigger)
    {
        var end = Math.Min(sentence.Length, Math.Max(trigger, 0) + 40);
        var head = sentence.AsSpan(0, end);
        return !Present().IsMatch(head) && Past().IsMatch(head);
    }

    [GeneratedRegex(@"\b(?:says|say|is|are|has|have|remains|remain|continues|continue|will|can|does|do|am|'s been)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    [GeneratedRegex(@"\b(?:\w{3,}ed|said|had|was|were|took|began|fell|struck|fought|met|made|left|sent|saw|held|broke|came|went|told|won|lost|shot|drove|overran|spoke|gave|rejected|agreed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Past();
}

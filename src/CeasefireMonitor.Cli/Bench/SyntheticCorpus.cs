using System.Globalization;
using System.Text;

namespace CeasefireMonitor.Cli.Bench;

/// <summary>Deterministic news-like articles about many conflicts, for benchmarks: every event type, dates in several forms, filler and page junk.</summary>
public static class SyntheticCorpus
{
    private static readonly (string A, string B, string Place)[] Conflicts =
    [
        ("the Sudanese army", "the Rapid Support Forces", "Khartoum"), ("Ethiopian troops", "Tigrayan forces", "Mekelle"),
        ("Congolese soldiers", "M23 fighters", "Goma"), ("Israeli forces", "Hamas", "Gaza"), ("the Myanmar military", "the Arakan Army", "Rakhine"),
        ("Indian troops", "Pakistani forces", "Kashmir"), ("Colombian soldiers", "ELN guerrillas", "Cauca"), ("Malian soldiers", "JNIM fighters", "Kidal"),
        ("Ukrainian forces", "Russian troops", "Kharkiv"), ("Yemeni government forces", "the Houthis", "Marib"),
    ];

    private static readonly string[] Templates =
    [
        "Heavy fighting broke out between {A} and {B} near {P} on {W}, residents said.",
        "At least {N} people were killed and {M} injured in the clashes, according to local medics.",
        "The United Nations urged both sides to agree to an immediate ceasefire.",
        "Qatar has offered to mediate between the warring parties and is ready to host talks.",
        "{A} and {B} signed a seven-day truce on {D} {Mo}, officials said.",
        "Both sides accused each other of violating the truce within hours.",
        "Officials said the rebels had not agreed to any ceasefire and would only consider one if troops withdrew.",
        "Markets in the capital reopened as traders complained about a price war between fuel importers.",
        "Analysts said the conflict could spread if regional powers became involved.",
        "Read more: How the crisis began",
        "The government declared the end of the military operation on {W}.",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static IEnumerable<(string Text, DateOnly Published)> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (a, b, place) = Conflicts[random.Next(Conflicts.Length)];
            var published = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3650));
            var text = new StringBuilder($"Article {i}: week of tension around {place}\n\n");
            for (var p = 0; p < 12; p++)
            {
                var template = Templates[random.Next(Templates.Length)];
                text.Append(template.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal).Replace("{P}", place, StringComparison.Ordinal)
                    .Replace("{W}", Weekdays[random.Next(7)], StringComparison.Ordinal).Replace("{N}", random.Next(2, 300).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{M}", random.Next(2, 500).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{D}", random.Next(1, 28).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{Mo}", Months[published.Month - 1], StringComparison.Ordinal));
                text.Append(' ').Append("The situation remained tense as aid agencies warned of shortages of food, water and medicine for displaced families.");
                text.Append("\n\n");
            }
            yield return (text.ToString(), published);
        }
    }
}

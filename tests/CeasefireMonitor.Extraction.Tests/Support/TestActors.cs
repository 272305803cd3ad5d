using System.Text;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;

namespace CeasefireMonitor.Extraction.Tests.Support;

/// <summary>A small dictionary written for the rule tests, so they do not move when the product dictionary grows.</summary>
internal static class TestActors
{
    private const string Json = """
    {
      "states": [
        {"name":"Sudan","aliases":[],"demonyms":["Sudanese"],"capital":"Khartoum","seats":["Port Sudan"],"leaders":["Burhan","Abdel Fattah al-Burhan"]},
        {"name":"Ethiopia","aliases":[],"demonyms":["Ethiopian","Ethiopians"],"capital":"Addis Ababa","seats":[],"leaders":["Abiy","Abiy Ahmed"]},
        {"name":"DR Congo","aliases":["Democratic Republic of Congo","DRC"],"demonyms":["Congolese"],"capital":"Kinshasa","seats":[],"leaders":["Tshisekedi"]},
        {"name":"Rwanda","aliases":[],"demonyms":["Rwandan","Rwandans"],"capital":"Kigali","seats":[],"leaders":["Kagame"]},
        {"name":"Israel","aliases":[],"demonyms":["Israeli","Israelis"],"capital":"Jerusalem","seats":[],"leaders":["Netanyahu"]},
        {"name":"Yemen","aliases":[],"demonyms":["Yemeni"],"capital":"Sanaa","seats":[],"leaders":[]},
        {"name":"Saudi Arabia","aliases":[],"demonyms":["Saudi","Saudis"],"capital":"Riyadh","seats":[],"leaders":[]},
        {"name":"Myanmar","aliases":["Burma"],"demonyms":["Burmese"],"capital":"Naypyidaw","seats":[],"leaders":["Min Aung Hlaing"]},
        {"name":"Colombia","aliases":[],"demonyms":["Colombian"],"capital":"Bogota","seats":[],"leaders":["Petro"]},
        {"name":"India","aliases":[],"demonyms":["Indian","Indians"],"capital":"New Delhi","seats":[],"leaders":["Modi"]},
        {"name":"Pakistan","aliases":[],"demonyms":["Pakistani","Pakistanis"],"capital":"Islamabad","seats":[],"leaders":["Sharif"]},
        {"name":"Russia","aliases":["Russian Federation"],"demonyms":["Russian","Russians"],"capital":"Moscow","seats":["Kremlin"],"leaders":["Putin"]},
        {"name":"Ukraine","aliases":[],"demonyms":["Ukrainian","Ukrainians"],"capital":"Kyiv","seats":[],"leaders":["Zelensky"]},
        {"name":"Mali","aliases":[],"demonyms":["Malian"],"capital":"Bamako","seats":[],"leaders":["Goita"]},
        {"name":"Qatar","aliases":[],"demonyms":["Qatari"],"capital":"Doha","seats":[],"leaders":[]},
        {"name":"Egypt","aliases":[],"demonyms":["Egyptian"],"capital":"Cairo","seats":[],"leaders":["Sisi"]},
        {"name":"Kenya","aliases":[],"demonyms":["Kenyan"],"capital":"Nairobi","seats":[],"leaders":["Ruto"]},
        {"name":"United States","aliases":["US","U.S.","USA"],"demonyms":["American","Americans"],"capital":"Washington","seats":["White House"],"leaders":["Biden","Blinken"]},
        {"name":"France","aliases":[],"demonyms":["French"],"capital":"Paris","seats":["Elysee"],"leaders":["Macron"]},
        {"name":"Turkey","aliases":["Turkiye"],"demonyms":["Turkish"],"capital":"Ankara","seats":[],"leaders":["Erdogan"]},
        {"name":"Lebanon","aliases":[],"demonyms":["Lebanese"],"capital":"Beirut","seats":[],"leaders":["Mikati"]},
        {"name":"Mozambique","aliases":[],"demonyms":["Mozambican"],"capital":"Maputo","seats":[],"leaders":[]},
        {"name":"China","aliases":[],"demonyms":["Chinese"],"capital":"Beijing","seats":[],"leaders":[]},
        {"name":"Nepal","aliases":[],"demonyms":["Nepalese","Nepali"],"capital":"Kathmandu","seats":[],"leaders":[]},
        {"name":"Ghana","aliases":[],"demonyms":["Ghanaian"],"capital":"Accra","seats":[],"leaders":[]},
        {"name":"Afghanistan","aliases":[],"demonyms":["Afghan"],"capital":"Kabul","seats":[],"leaders":[]},
        {"name":"Cameroon","aliases":[],"demonyms":["Cameroonian"],"capital":"Yaounde","seats":[],"leaders":[]},
        {"name":"Nigeria","aliases":[],"demonyms":["Nigerian"],"capital":"Abuja","seats":[],"leaders":[]},
        {"name":"Syria","aliases":[],"demonyms":["Syrian"],"capital":"Damascus","seats":[],"leaders":[]},
        {"name":"Philippines","aliases":[],"demonyms":["Filipino"],"capital":"Manila","seats":[],"leaders":[]}
      ],
      "organisations": [
        {"name":"United Nations","aliases":["UN","U.N.","UN Security Council","Security Council"],"demonyms":[],"seats":[],"leaders":["Guterres"]},
        {"name":"African Union","aliases":["AU"],"demonyms":[],"seats":[],"leaders":[]},
        {"name":"European Union","aliases":["EU"],"demonyms":[],"seats":["Brussels"],"leaders":[]},
        {"name":"IGAD","aliases":[],"demonyms":[],"seats":[],"leaders":[]}
      ],
      "armedGroups": [
        {"name":"Rapid Support Forces","aliases":["RSF"],"alignedWith":null,"fights":"Sudan","separatist":false,"regions":["Darfur"],"leaders":["Dagalo","Hemedti"]},
        {"name":"Tigray People's Liberation Front","aliases":["TPLF","Tigrayan forces"],"alignedWith":null,"fights":"Ethiopia","separatist":false,"regions":["Tigray"],"leaders":[]},
        {"name":"M23","aliases":["March 23 Movement"],"alignedWith":"Rwanda","separatist":false,"regions":["North Kivu"],"leaders":["Makenga"]},
        {"name":"Hamas","aliases":[],"alignedWith":null,"fights":"Israel","separatist":false,"regions":["Gaza"],"leaders":["Sinwar"]},
        {"name":"Houthis","aliases":["Houthi rebels","Ansar Allah"],"alignedWith":null,"separatist":false,"regions":[],"leaders":[]},
        {"name":"Arakan Army","aliases":[],"alignedWith":null,"separatist":false,"regions":["Rakhine"],"leaders":[]},
        {"name":"ELN","aliases":["National Liberation Army"],"alignedWith":null,"fights":"Colombia","separatist":false,"regions":[],"leaders":[]},
        {"name":"JNIM","aliases":[],"alignedWith":null,"separatist":false,"regions":[],"leaders":[]},
        {"name":"Hezbollah","aliases":[],"alignedWith":null,"fights":"Israel","separatist":false,"regions":["South Lebanon"],"leaders":[]},
        {"name":"Islamic State","aliases":["IS"],"alignedWith":null,"separatist":false,"regions":[],"leaders":[],"transnational":true},
        {"name":"Syrian Democratic Forces","aliases":["SDF"],"alignedWith":null,"separatist":false,"regions":[],"leaders":[]},
        {"name":"Maute group","aliases":[],"alignedWith":null,"fights":"Philippines","separatist":false,"regions":[],"leaders":[]},
        {"name":"Three Brotherhood Alliance","aliases":[],"alignedWith":null,"fights":"Myanmar","separatist":false,"regions":[],"leaders":[]},
        {"name":"MNDAA","aliases":[],"alignedWith":null,"fights":"Myanmar","separatist":false,"regions":[],"leaders":[],"memberOf":"Three Brotherhood Alliance"},
        {"name":"TNLA","aliases":[],"alignedWith":null,"fights":"Myanmar","separatist":false,"regions":[],"leaders":[],"memberOf":"Three Brotherhood Alliance"},
        {"name":"Donetsk People's Republic","aliases":["DPR"],"alignedWith":"Russia","separatist":true,"regions":["Donetsk"],"leaders":[]},
        {"name":"Taliban","aliases":["Afghan Taliban"],"alignedWith":null,"separatist":false,"regions":[],"leaders":[],"governs":"Afghanistan","governsSince":"2021-08-15"},
        {"name":"Ambazonia Defence Forces","aliases":["ADF"],"alignedWith":null,"fights":"Cameroon","separatist":true,"regions":[],"leaders":[]},
        {"name":"Boko Haram","aliases":[],"alignedWith":null,"fights":"Nigeria","separatist":false,"regions":[],"leaders":[]},
        {"name":"Northern Salvation Council","aliases":[],"alignedWith":null,"fights":"Cameroon","separatist":false,"regions":[],"leaders":[]}
      ],
      "regions": [
        {"name":"Darfur","aliases":["El Fasher"],"country":"Sudan"},
        {"name":"Tigray","aliases":["Mekelle"],"country":"Ethiopia"},
        {"name":"North Kivu","aliases":["Goma"],"country":"DR Congo"},
        {"name":"Gaza","aliases":["Gaza Strip"],"country":"Palestine"},
        {"name":"Kashmir","aliases":["Line of Control"],"country":"India"},
        {"name":"Donetsk","aliases":[],"country":"Ukraine"},
        {"name":"Rakhine","aliases":[],"country":"Myanmar"},
        {"name":"Cabinda","aliases":[],"country":"Angola"},
        {"name":"Hodeidah","aliases":[],"country":"Yemen"},
        {"name":"South Lebanon","aliases":["southern Lebanon"],"country":"Lebanon"},
        {"name":"Cabo Delgado","aliases":[],"country":"Mozambique"}
      ],
      "companies": [
        {"name":"TotalEnergies","aliases":["Total"]},
        {"name":"Rosneft","aliases":[]}
      ]
    }
    """;

    private static readonly Lazy<ActorDictionary> Instance = new(() => ActorDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json))));

    public static ActorDictionary Dictionary => Instance.Value;

    public static ArticleExtractor Extractor { get; } = new(Dictionary);

    public static readonly DateOnly Published = new(2024, 5, 16);

    public static IReadOnlyList<ReportedFact> Extract(string text, DateOnly? published = null, string? title = null, DateOrder order = DateOrder.Unknown) =>
        Extractor.Extract(new ArticleText("test", text, published ?? Published, title, order));

    public static IReadOnlyList<ReportedFact> OfType(this IReadOnlyList<ReportedFact> facts, EventType type) => [.. facts.Where(f => f.Type == type)];
}

namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>A party to a conflict: its dictionary name and the ways a reporter names its fighters.</summary>
public sealed record Party(string Name, IReadOnlyList<string> Forms);

/// <summary>Two parties to a conflict and the places where they fight.</summary>
public sealed record Belligerents(Party A, Party B, IReadOnlyList<string> Places)
{
    public string Label => $"{A.Name} / {B.Name}";
}

/// <summary>Real states and armed groups of the actor dictionary, paired as in the news or at random.</summary>
public static class BelligerentCatalog
{
    public static IReadOnlyList<string> Mediators { get; } =
    [
        "the United Nations", "the African Union", "the European Union", "Qatar", "Egypt", "Turkey", "Norway",
        "Saudi Arabia", "the United States", "China", "Switzerland", "IGAD", "ECOWAS", "the Arab League", "ASEAN",
        "Kenya", "South Africa", "the International Committee of the Red Cross", "Oman", "Cuba", "Brazil", "Malaysia",
    ];

    private static readonly Party Sudan = State("Sudan", "Sudanese");
    private static readonly Party Ethiopia = State("Ethiopia", "Ethiopian");
    private static readonly Party Congo = new("DR Congo", ["DR Congo's army", "the army of DR Congo", "DR Congo's armed forces", "troops loyal to DR Congo"]);
    private static readonly Party Israel = State("Israel", "Israeli");
    private static readonly Party Myanmar = new("Myanmar", ["Myanmar's military", "the Myanmar army", "Myanmar troops", "Burmese soldiers"]);
    private static readonly Party India = State("India", "Indian");
    private static readonly Party Pakistan = State("Pakistan", "Pakistani");
    private static readonly Party Colombia = State("Colombia", "Colombian");
    private static readonly Party Armenia = State("Armenia", "Armenian");
    private static readonly Party Azerbaijan = State("Azerbaijan", "Azerbaijani");
    private static readonly Party Russia = State("Russia", "Russian");
    private static readonly Party Ukraine = State("Ukraine", "Ukrainian");
    private static readonly Party Nigeria = State("Nigeria", "Nigerian");
    private static readonly Party Somalia = State("Somalia", "Somali");
    private static readonly Party Turkey = State("Turkey", "Turkish");
    private static readonly Party Philippines = new("Philippines", ["Philippine troops", "the Philippine army", "Filipino soldiers", "Philippine forces"]);
    private static readonly Party Mali = State("Mali", "Malian");
    private static readonly Party Thailand = new("Thailand", ["Thai troops", "the Thai army", "Thai forces", "Thai soldiers"]);
    private static readonly Party Cambodia = State("Cambodia", "Cambodian");
    private static readonly Party Kyrgyzstan = new("Kyrgyzstan", ["Kyrgyz border guards", "Kyrgyz troops", "Kyrgyz forces", "Kyrgyzstan's army"]);
    private static readonly Party Tajikistan = new("Tajikistan", ["Tajik border guards", "Tajik troops", "Tajik forces", "Tajikistan's army"]);
    private static readonly Party Cameroon = State("Cameroon", "Cameroonian");
    private static readonly Party Yemen = new("Yemen", ["Yemeni government forces", "Yemeni troops", "the Yemeni army", "Yemeni soldiers"]);
    private static readonly Party SaudiArabia = new("Saudi Arabia", ["Saudi forces", "the Saudi-led coalition", "Saudi troops", "Saudi Arabia's military"]);

    private static readonly Party Rsf = new("Rapid Support Forces", ["the Rapid Support Forces", "the paramilitary Rapid Support Forces", "RSF fighters", "the RSF"]);
    private static readonly Party Tplf = new("Tigray People's Liberation Front", ["Tigrayan forces", "the TPLF", "Tigray forces", "TPLF fighters"]);
    private static readonly Party M23 = new("M23", ["M23 rebels", "the M23", "fighters of the March 23 Movement", "the M23 movement"]);
    private static readonly Party Hamas = new("Hamas", ["Hamas", "Hamas fighters", "the Qassam Brigades", "Hamas gunmen"]);
    private static readonly Party ArakanArmy = new("Arakan Army", ["the Arakan Army", "Arakan Army fighters", "Arakan Army insurgents"]);
    private static readonly Party Eln = new("ELN", ["ELN guerrillas", "the ELN", "fighters of the National Liberation Army", "ELN rebels"]);
    private static readonly Party BokoHaram = new("Boko Haram", ["Boko Haram", "Boko Haram militants", "Boko Haram fighters"]);
    private static readonly Party Shabaab = new("al-Shabaab", ["al-Shabaab", "al-Shabaab militants", "al-Shabaab fighters"]);
    private static readonly Party Pkk = new("PKK", ["the PKK", "PKK militants", "fighters of the Kurdistan Workers' Party"]);
    private static readonly Party Npa = new("New People's Army", ["the New People's Army", "NPA rebels", "NPA guerrillas"]);
    private static readonly Party Jnim = new("JNIM", ["JNIM", "JNIM fighters", "JNIM militants"]);
    private static readonly Party Houthis = new("Houthis", ["the Houthis", "Houthi rebels", "Houthi fighters", "Ansar Allah"]);
    private static readonly Party Hezbollah = new("Hezbollah", ["Hezbollah", "Hezbollah fighters", "Hezbollah units"]);
    private static readonly Party Fano = new("Fano", ["Fano militia", "Fano fighters", "the Fano militia"]);
    private static readonly Party Ambazonians = new("Ambazonian separatists", ["Ambazonian separatists", "the Ambazonia Defence Forces", "Anglophone separatists"]);
    private static readonly Party Ttp = new("Tehrik-i-Taliban Pakistan", ["the TTP", "TTP militants", "Pakistani Taliban fighters"]);
    private static readonly Party Kia = new("Kachin Independence Army", ["the Kachin Independence Army", "KIA fighters", "the KIA"]);
    private static readonly Party SplmN = new("SPLM-N", ["the SPLM-N", "SPLM-N fighters", "SPLM-N rebels"]);
    private static readonly Party Adf = new("Allied Democratic Forces", ["the Allied Democratic Forces", "ADF rebels", "ADF militants"]);

    /// <summary>Pairs that fight in the news, with places of their front lines.</summary>
    public static IReadOnlyList<Belligerents> Known { get; } =
    [
        new(Sudan, Rsf, ["Khartoum", "Omdurman", "El Fasher", "Darfur", "Wad Madani", "El Obeid"]),
        new(Ethiopia, Tplf, ["Tigray", "Mekelle", "Shire", "Alamata", "Humera"]),
        new(Congo, M23, ["Goma", "North Kivu", "Rutshuru", "Sake", "Bukavu"]),
        new(Israel, Hamas, ["Gaza", "Khan Younis", "Rafah", "Jabalia", "Deir al-Balah"]),
        new(Myanmar, ArakanArmy, ["Rakhine", "Sittwe", "Kyauktaw", "Paletwa", "Maungdaw"]),
        new(India, Pakistan, ["Kashmir", "Poonch", "Uri", "Kupwara", "Rajouri"]),
        new(Colombia, Eln, ["Catatumbo", "Arauca", "Cauca", "Tibu", "Norte de Santander"]),
        new(Armenia, Azerbaijan, ["Nagorno-Karabakh", "Syunik", "Tavush", "Jermuk", "Lachin"]),
        new(Russia, Ukraine, ["Donetsk", "Kharkiv", "Zaporizhzhia", "Kherson", "Bakhmut", "Avdiivka"]),
        new(Nigeria, BokoHaram, ["Borno", "Maiduguri", "Gwoza", "Bama", "Monguno"]),
        new(Somalia, Shabaab, ["Mogadishu", "Lower Shabelle", "Hiraan", "Beledweyne", "Jowhar"]),
        new(Turkey, Pkk, ["Hakkari", "Sirnak", "Qandil", "Duhok", "Zap"]),
        new(Philippines, Npa, ["Samar", "Negros", "Mindanao", "Bukidnon", "Quezon"]),
        new(Mali, Jnim, ["Mopti", "Segou", "Timbuktu", "Gao", "Djenne"]),
        new(Thailand, Cambodia, ["Preah Vihear", "Oddar Meanchey", "Surin", "Ta Muen Thom", "Sisaket"]),
        new(Kyrgyzstan, Tajikistan, ["Batken", "Isfara", "Vorukh", "Leilek", "Kok-Tash"]),
        new(Cameroon, Ambazonians, ["Bamenda", "Buea", "Kumba", "Ndop", "Anglophone regions"]),
        new(SaudiArabia, Houthis, ["Marib", "Hodeidah", "Jizan", "Saada", "Najran"]),
        new(Yemen, Houthis, ["Taiz", "Marib", "Hodeidah", "Dhale", "Shabwa"]),
        new(Israel, Hezbollah, ["South Lebanon", "Naqoura", "Kiryat Shmona", "Bint Jbeil", "Metula"]),
        new(Ethiopia, Fano, ["Amhara", "Gondar", "Bahir Dar", "Lalibela", "Debre Markos"]),
        new(Pakistan, Ttp, ["Khyber Pakhtunkhwa", "Bannu", "North Waziristan", "Dera Ismail Khan", "Bajaur"]),
        new(Myanmar, Kia, ["Kachin State", "Bhamo", "Myitkyina", "Hpakant", "Laiza"]),
        new(Sudan, SplmN, ["South Kordofan", "Kadugli", "Dilling", "Blue Nile", "Kurmuk"]),
        new(Congo, Adf, ["Beni", "Ituri", "Oicha", "Butembo", "Lubero"]),
    ];

    /// <summary>States and groups from the lists above, for pairings invented by the generator.</summary>
    public static IReadOnlyList<Party> States { get; } =
        [Sudan, Ethiopia, Congo, Israel, Myanmar, India, Pakistan, Colombia, Armenia, Azerbaijan, Russia, Ukraine, Nigeria, Somalia, Turkey, Philippines, Mali, Thailand, Cambodia, Kyrgyzstan, Tajikistan, Cameroon, Yemen];

    public static IReadOnlyList<Party> Groups { get; } =
        [Rsf, Tplf, M23, Hamas, ArakanArmy, Eln, BokoHaram, Shabaab, Pkk, Npa, Jnim, Houthis, Hezbollah, Fano, Ambazonians, Ttp, Kia, SplmN, Adf];

    /// <summary>Invented front-line towns for invented pairings.</summary>
    public static IReadOnlyList<string> InventedPlaces { get; } =
        ["Karsovo", "Bel Hamra", "Upper Tessin", "Mandouri", "Koro Pass", "Ash Sahel", "Port Ilbeck", "Marenza", "Talvik", "Dunmore Flats", "Sabal", "Quarry Ridge", "Nyamosi", "Ostrel", "Kel Aratan"];

    private static Party State(string name, string demonym) =>
        new(name, [$"{demonym} troops", $"the {demonym} army", $"{demonym} forces", $"{name}'s armed forces", $"{demonym} soldiers"]);
}

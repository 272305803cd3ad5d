namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>What surrounds the events on a news page: context paragraphs, quotes, headlines and page junk.</summary>
public static class PageText
{
    /// <summary>Context sentences with no event vocabulary; {P} is a place, {M} a mediator.</summary>
    public static IReadOnlyList<string> Filler { get; } =
    [
        "Prices of bread and cooking gas in {P} have more than doubled since the start of the year, traders said.",
        "Aid agencies say the main road into {P} has been closed to lorries for weeks, leaving warehouses half empty.",
        "Schools in the district remain shut, and many teachers have not been paid for months.",
        "Mobile networks in {P} were down for most of the day, making it difficult to verify reports from the area.",
        "The rainy season is expected to make roads in the region impassable by the end of the month.",
        "Farmers near {P} say they have been unable to plant their fields this season.",
        "Displaced families have set up makeshift shelters in schools and public buildings on the edge of {P}.",
        "Analysts say neither side appears able to secure a decisive advantage on the ground.",
        "Journalists have limited access to the area, and independent verification is rarely possible.",
        "The government has not published official figures for the number of displaced people.",
        "Water trucks reach some neighbourhoods of {P} only twice a week, residents say.",
        "The only functioning clinic in {P} is running low on fuel for its generators, a nurse said.",
        "Officials declined to comment on the record.",
        "Satellite images published by researchers show damage to dozens of buildings in the town centre.",
        "Opposition politicians have criticised the government's handling of the crisis.",
        "A spokesperson for {M} said more funding for food and shelter was urgently needed.",
        "Thousands of people queued outside banks in {P} after rumours of a cash shortage.",
        "Much of the population of {P} depends on money sent by relatives abroad.",
        "Electricity has been rationed to a few hours a day across the province.",
        "The region produces much of the country's grain, and its harvest is now in doubt.",
        "Local radio stations have stopped broadcasting news, citing threats to their staff.",
        "Humanitarian workers describe long queues at the few markets that remain open.",
    ];

    /// <summary>Quotes that carry no event of their own.</summary>
    public static IReadOnlyList<string> Quotes { get; } =
    [
        "“We have nowhere else to go,” said a mother of four who fled to {P} last year.",
        "“The situation is extremely worrying,” a diplomat told reporters on condition of anonymity.",
        "“Our priority is to keep the roads open for food and medicine,” said an aid coordinator in {P}.",
        "“Nobody here trusts promises any more,” a shopkeeper in {P} said.",
        "“We are counting on {M} to keep both sides talking,” a regional official said.",
    ];

    /// <summary>Lines of the web page around the article; {T} is a teaser headline, {C} the year.</summary>
    public static IReadOnlyList<string> Junk { get; } =
    [
        "Read more: {T}",
        "Related: {T}",
        "Subscribe to our newsletter for the latest updates",
        "Share this article",
        "Advertisement",
        "Follow us on Telegram and X for breaking news",
        "© {C} The Daily Ledger. All rights reserved.",
        "Families wait for food parcels in {P}. (Photo: staff photographer)",
        "PHP Warning: Undefined array key \"author\" in /var/www/html/wp-content/themes/ledger/single.php on line 87",
        "We use cookies to improve your experience. Accept all cookies",
        "Click here to download our app",
        "Most read",
    ];

    /// <summary>Headlines for teasers and titles; they may name {A}, {B}, {P} and {M}.</summary>
    public static IReadOnlyList<string> Headlines { get; } =
    [
        "Fighting flares between {A} and {B} near {P}",
        "{M} calls for calm as clashes spread around {P}",
        "Truce talks stall over the future of {P}",
        "Ceasefire under strain in {P}",
        "Civilians flee {P} as front line moves",
        "Aid convoys stuck outside {P}",
        "What we know about the latest talks on {P}",
        "Residents of {P} count the cost of months of conflict",
    ];
}

namespace CeasefireMonitor.Api.Tests.Support;

/// <summary>Articles written for these tests.</summary>
public static class TestArticles
{
    /// <summary>Reports an agreement in the 2022 phase, which the seeds leave at CeasefireCalled.</summary>
    public static object Agreement2022 => new
    {
        title = "Border truce agreed",
        text = "Armenia and Azerbaijan agreed to a ceasefire on Wednesday evening after two days of fighting along their border, the Armenian Security Council said.",
        published = "2022-09-15",
        source = "Test Wire",
        url = "https://example.org/truce",
    };

    public const string Markup = "<script>window.__xss=1</script> <img src=x onerror=\"window.__xss=2\">";

    /// <summary>A clash report whose sentence carries markup; it must be shown as text.</summary>
    public static object WithMarkup => new
    {
        title = "Khartoum <b>clashes</b>",
        text = $"Heavy fighting broke out between the Sudanese army and the Rapid Support Forces in Khartoum on Saturday {Markup}, witnesses said.\n\nAt least 12 civilians were killed in the clashes, according to a doctors union.",
        published = "2023-04-16",
        source = "Test Wire",
    };

    public static object NewsPleaseLine => new Dictionary<string, string>
    {
        ["title"] = "Clashes in Khartoum",
        ["maintext"] = "The Sudanese army and the paramilitary Rapid Support Forces clashed in the capital on Saturday, residents said.",
        ["date_publish"] = "2023-04-16 09:30:00",
        ["url"] = "https://example.org/khartoum",
        ["source_domain"] = "example.org",
    };
}

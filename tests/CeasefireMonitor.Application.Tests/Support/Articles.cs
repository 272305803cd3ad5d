using System.Text;
using CeasefireMonitor.Application.Ingestion;

namespace CeasefireMonitor.Application.Tests.Support;

/// <summary>Articles written for these tests, about conflicts other than the seeds'.</summary>
public static class Articles
{
    public const string SudanClash =
        "Heavy fighting broke out between the Sudanese army and the Rapid Support Forces in Khartoum on Saturday, witnesses said.\n\n" +
        "At least 56 civilians were killed in the clashes, according to a doctors' union.";

    public const string SudanClashOtherOutlet =
        "KHARTOUM - The Sudanese army and the paramilitary Rapid Support Forces clashed in the capital on Saturday.\n\n" +
        "The United Nations called on both sides to agree to an immediate ceasefire.";

    public static ArticleInput Input(string name, string text, string published = "2023-04-16") =>
        new(name, Encoding.UTF8.GetBytes(text), published);
}

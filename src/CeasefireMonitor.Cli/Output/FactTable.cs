using CeasefireMonitor.Domain.Events;
using Spectre.Console;

namespace CeasefireMonitor.Cli.Output;

public static class FactTable
{
    public static void Write(IReadOnlyList<ReportedFact> facts)
    {
        var table = new Table().AddColumns("Type", "Date", "Actors", "Sides", "Evidence");
        foreach (var f in facts)
            table.AddRow(new Text(f.Type.ToString()), new Text(f.Report.OccurredOn.ToString()), new Text(string.Join(", ", f.Report.Actors)),
                new Text(f.Report.Sides.Name), new Text(Shorten(f.Report.Evidence.Sentence, 90)));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{facts.Count} events");
    }

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

using System.Globalization;
using CeasefireMonitor.Cli.Output;
using Spectre.Console;

namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>The human-readable `eval` report.</summary>
public static class EvalText
{
    public static void Write(EvalReport report, int worst)
    {
        var table = new Table().AddColumns("Type", "P", "R (required)", "F1", "R (all)", "extracted", "correct", "required", "found");
        foreach (var (type, c) in report.PerType) table.AddRow(Row(type.ToString(), c));
        table.AddRow(Row("Overall", report.Overall));
        AnsiConsole.Write(table);
        var taken = report.TrapsTaken.ToList();
        AnsiConsole.WriteLine($"{report.Articles} articles; traps taken: {taken.Count} of {report.Traps}; conflict identified in {report.ConflictsFound} of {report.ConflictsScored}");
        foreach (var (article, t) in taken)
            AnsiConsole.WriteLine($"  trap ({t.Kind}) {article}: {t.Type} {t.Date} from \"{FactTable.Shorten(t.Evidence, 100)}\"");
        foreach (var s in report.Worst(worst))
        {
            AnsiConsole.WriteLine($"worst: {s.Article} (traps {s.TrapsTaken.Count}, missed {s.MissedRequired.Count}, wrong {s.Spurious.Count})");
            foreach (var m in s.MissedRequired)
                AnsiConsole.WriteLine($"  missed {m.Type} {m.Date} [{string.Join(", ", m.Actors)}]{(m.Nearest is null ? "" : $" (read as {m.Nearest})")}: {FactTable.Shorten(m.Evidence, 100)}");
            foreach (var w in s.Spurious) AnsiConsole.WriteLine($"  wrong  {w.Type} {w.Date} [{string.Join(", ", w.Actors)}]: {FactTable.Shorten(w.Evidence, 100)}");
        }
    }

    private static Text[] Row(string name, TypeCounts c) =>
        [new(name), Num(c.Precision), Num(c.Recall), Num(c.F1), Num(c.RecallAll), Int(c.Extracted), Int(c.ExtractedCorrect), Int(c.Required), Int(c.RequiredFound)];

    private static Text Num(double v) => new(v.ToString("0.000", CultureInfo.InvariantCulture));

    private static Text Int(int v) => new(v.ToString(CultureInfo.InvariantCulture));
}

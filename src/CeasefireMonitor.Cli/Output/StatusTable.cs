using CeasefireMonitor.Application.Queries;
using Spectre.Console;

namespace CeasefireMonitor.Cli.Output;

/// <summary>The status of every phase as a table; article text goes in as plain Text, never as markup.</summary>
public static class StatusTable
{
    public static void Write(IReadOnlyList<PhaseView> phases)
    {
        if (phases.Count == 0) { AnsiConsole.WriteLine("No conflict phases known yet."); return; }
        var table = new Table().AddColumns("Conflict", "Phase", "Started", "Status", "Since", "Evidence");
        foreach (var p in phases)
            table.AddRow(new Text(p.Conflict), new Text(p.PhaseId), new Text(p.StartedOn),
                new Text(p.EndReason is { } reason ? $"{p.Status} ({reason})" : $"{p.Status}"),
                new Text(p.Since ?? ""), new Text(FactTable.Shorten(p.Evidence?.Sentence ?? "", 70)));
        AnsiConsole.Write(table);
    }
}

using System.Globalization;
using CeasefireMonitor.Api.Hosting;
using CeasefireMonitor.Application.Projections.CasualtyTallies;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CeasefireMonitor.Api.Phases;

/// <summary>The read side: phases (now or known at a date), one phase with its history, timelines, conflicts and casualties.</summary>
public static class PhasesApi
{
    public static RouteGroupBuilder MapPhasesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/phases", GetPhasesAsync).WithSummary("The status of every phase, as `ceasefire status --json` prints it");
        api.MapGet("/phases/{id}", GetPhaseAsync).WithSummary("One phase with its status history");
        api.MapGet("/phases/{id}/timeline", GetTimelineAsync).WithSummary("A phase's events with their evidence and sources");
        api.MapGet("/conflicts", GetConflictsAsync).WithSummary("Every conflict with its phases");
        api.MapGet("/casualties", GetCasualtiesAsync).WithSummary("Casualty tallies, of one phase or of all");
        return api;
    }

    private static async Task<Results<JsonHttpResult<StatusJson>, ValidationProblem>> GetPhasesAsync(string? knownAt, ApiMonitor monitor, CancellationToken ct)
    {
        if (knownAt is null)
        {
            await monitor.CatchUpAsync(ct);
            return TypedResults.Json(StatusJson.From(await monitor.Phases.CurrentAsync(ct)), EventJson.Options);
        }
        if (!DateOnly.TryParseExact(knownAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["knownAt"] = [$"'{knownAt}' is not a date of the form YYYY-MM-DD"] });
        return TypedResults.Json(StatusJson.From(await monitor.Phases.KnownAtAsync(day, ct)), EventJson.Options);
    }

    private static async Task<Results<JsonHttpResult<PhaseView>, ProblemHttpResult>> GetPhaseAsync(string id, ApiMonitor monitor, CancellationToken ct)
    {
        await monitor.CatchUpAsync(ct);
        var phase = (await monitor.Phases.CurrentAsync(ct)).FirstOrDefault(p => p.PhaseId == id);
        return phase is null ? NoPhase(id) : TypedResults.Json(phase, EventJson.Options);
    }

    private static async Task<Results<JsonHttpResult<TimelineDocument>, ProblemHttpResult>> GetTimelineAsync(string id, ApiMonitor monitor, CancellationToken ct)
    {
        await monitor.CatchUpAsync(ct);
        return await monitor.Phases.TimelineAsync(id, ct) is { } timeline ? TypedResults.Json(timeline, EventJson.Options) : NoPhase(id);
    }

    private static async Task<JsonHttpResult<ConflictsJson>> GetConflictsAsync(ApiMonitor monitor, CancellationToken ct)
    {
        await monitor.CatchUpAsync(ct);
        return TypedResults.Json(ConflictsJson.From(await monitor.Phases.CurrentAsync(ct)), EventJson.Options);
    }

    private static async Task<Results<JsonHttpResult<CasualtiesJson>, ProblemHttpResult>> GetCasualtiesAsync(string? phase, ApiMonitor monitor, CancellationToken ct)
    {
        await monitor.CatchUpAsync(ct);
        if (phase is not null)
            return await monitor.Phases.CasualtiesAsync(phase, ct) is { } tally ? TypedResults.Json(new CasualtiesJson([tally]), EventJson.Options) : NoPhase(phase);
        var tallies = new List<CasualtyTally>();
        foreach (var view in await monitor.Phases.CurrentAsync(ct))
            if (await monitor.Phases.CasualtiesAsync(view.PhaseId, ct) is { } tally) tallies.Add(tally);
        return TypedResults.Json(new CasualtiesJson(tallies), EventJson.Options);
    }

    private static ProblemHttpResult NoPhase(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such phase", detail: $"There is no phase '{id}' (GET /api/phases lists them).");
}

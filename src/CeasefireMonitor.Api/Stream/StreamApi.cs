using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using CeasefireMonitor.Api.Hosting;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Dispatch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CeasefireMonitor.Api.Stream;

/// <summary>GET /api/stream: every PhaseStatusChanged as a Server-Sent Event whose id is its log position, then live.</summary>
public static class StreamApi
{
    public static RouteGroupBuilder MapStreamApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stream", Stream)
            .WithSummary("Server-Sent Events of PhaseStatusChanged: history, then live; a reconnect with Last-Event-ID resumes after that event");
        return api;
    }

    private static Results<ServerSentEventsResult<PhaseStatusChanged>, ValidationProblem> Stream(
        HttpRequest request, ApiMonitor monitor, IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var header = request.Headers["Last-Event-ID"].FirstOrDefault();
        long after = 0;
        if (!string.IsNullOrEmpty(header) && (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Last-Event-ID"] = [$"'{header}' is not an event id sent by this stream (a log position)"] });
        return TypedResults.ServerSentEvents(FollowAsync(request.HttpContext, monitor, after, lifetime.ApplicationStopping, ct));
    }

    private static async IAsyncEnumerable<SseItem<PhaseStatusChanged>> FollowAsync(HttpContext context, ApiMonitor monitor, long after, CancellationToken stopping, [EnumeratorCancellation] CancellationToken request = default)
    {
        // Ends when the client goes or the server stops, so shutdown never waits on an open stream.
        using var end = CancellationTokenSource.CreateLinkedTokenSource(request, stopping);
        // Read from the start: the conflict names of earlier PhaseOpened events are needed; events up to `after` are not sent.
        var log = new StatusChangeLog(monitor.Store.Events);
        // The headers go out now, not with the first change, so a client sees the stream open even when nothing happens.
        await context.Response.StartAsync(end.Token);
        await context.Response.Body.FlushAsync(end.Token);
        var changes = log.FollowAsync(end.Token).WithCancellation(end.Token).ConfigureAwait(false);
        await using var enumerator = changes.GetAsyncEnumerator();
        while (await MoveNextAsync(enumerator))
        {
            if (log.Position <= after) continue;
            yield return new SseItem<PhaseStatusChanged>(enumerator.Current, nameof(PhaseStatusChanged)) { EventId = log.Position.ToString(CultureInfo.InvariantCulture) };
        }
    }

    // Cancellation (client gone, server stopping, store closed) ends the stream quietly.
    private static async Task<bool> MoveNextAsync(ConfiguredCancelableAsyncEnumerable<PhaseStatusChanged>.Enumerator enumerator)
    {
        try { return await enumerator.MoveNextAsync(); }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException) { return false; }
    }
}

using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Application.Tests;

/// <summary>The phases and statuses of EXPECTED.md after replaying the five seeds in publication order.</summary>
public sealed class SeedReplayTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private IReadOnlyList<IngestOutcome> _outcomes = [];

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        _outcomes = await _store.ReplayAsync(RepoPaths.Seeds);
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    private async Task<PhaseView> PhaseStartedAsync(string startedOn) =>
        Assert.Single(await _store.Phases.CurrentAsync(), p => p.StartedOn == startedOn);

    [Fact]
    public void Replay_Seeds_IngestsAllFive() =>
        Assert.All(_outcomes, o => Assert.Equal(IngestStatus.Ingested, o.Status));

    [Fact]
    public async Task Replay_Seeds_OneConflictArmeniaAzerbaijan() =>
        Assert.All(await _store.Phases.CurrentAsync(), p => Assert.Equal("Armenia–Azerbaijan", p.Conflict));

    [Fact]
    public async Task Replay_Seeds_2020PhaseEndedByAgreement()
    {
        var phase = await PhaseStartedAsync("2020-09-27");
        Assert.Equal((PhaseStatus.Ended, EndReason.Agreement), (phase.Status!.Value, phase.EndReason!.Value));
    }

    [Fact]
    public async Task Replay_Seeds_2022PhaseCeasefireCalled()
    {
        var phase = await PhaseStartedAsync("2022-09-13");
        Assert.Equal(PhaseStatus.CeasefireCalled, phase.Status);
        Assert.Null(phase.EndReason);
    }

    [Fact]
    public async Task Replay_Seeds_2023PhaseEndedBySurrender()
    {
        var phase = await PhaseStartedAsync("2023-09-19");
        Assert.Equal((PhaseStatus.Ended, EndReason.Surrender), (phase.Status!.Value, phase.EndReason!.Value));
        Assert.Equal("2023-09-20", phase.Since);
    }

    [Fact]
    public async Task Replay_Seeds_1994PhaseCeasefireAgreed()
    {
        var phase = await PhaseStartedAsync("1994");
        Assert.Equal(PhaseStatus.CeasefireAgreed, phase.Status);
    }

    [Fact]
    public async Task Replay_Seeds_NoOtherPhases() =>
        Assert.Equal(["1994", "2020-09-27", "2022-09-13", "2023-09-19"], (await _store.Phases.CurrentAsync()).Select(p => p.StartedOn).Order(StringComparer.Ordinal));

    [Fact]
    public async Task KnownAt_20201001_2020PhaseCeasefireCalledAndNothingLater()
    {
        var phases = await _store.Phases.KnownAtAsync(new DateOnly(2020, 10, 1));
        var phase2020 = Assert.Single(phases, p => p.StartedOn == "2020-09-27");
        Assert.Equal(PhaseStatus.CeasefireCalled, phase2020.Status);
        Assert.DoesNotContain(phases, p => string.CompareOrdinal(p.StartedOn, "2020-10-01") > 0);
    }

    [Fact]
    public async Task KnownAt_Today_EqualsCurrentProjection()
    {
        var current = await _store.Phases.CurrentAsync();
        var folded = await _store.Phases.KnownAtAsync(DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal(current.Select(Summary), folded.Select(Summary));
    }

    [Fact]
    public async Task Replay_Seeds_EachStatusChangeRecordedOnceWithEvidence()
    {
        foreach (var phase in await _store.Phases.CurrentAsync())
        {
            Assert.Equal(Enumerable.Range(1, phase.History.Count), phase.History.Select(h => h.Sequence));
            Assert.All(phase.History.Zip(phase.History.Skip(1)), pair => Assert.Equal(pair.First.NewStatus, pair.Second.OldStatus));
            Assert.All(phase.History, h => Assert.False(string.IsNullOrWhiteSpace(h.Evidence.Sentence)));
        }
    }

    [Fact]
    public async Task Replay_SeedsAgain_AppendsNothingAndChangesNothing()
    {
        var position = await _store.Store.Events.GetLastPositionAsync();
        var before = (await _store.Phases.CurrentAsync()).Select(Summary).ToList();
        var again = await _store.ReplayAsync(RepoPaths.Seeds);
        Assert.All(again, o => Assert.Equal(IngestStatus.AlreadyIngested, o.Status));
        Assert.Equal(position, await _store.Store.Events.GetLastPositionAsync());
        Assert.Equal(before, (await _store.Phases.CurrentAsync()).Select(Summary));
    }

    [Fact]
    public async Task Casualties_2022Phase_Reports49Killed()
    {
        var phase = await PhaseStartedAsync("2022-09-13");
        var tally = await _store.Phases.CasualtiesAsync(phase.PhaseId);
        Assert.Equal(49, tally?.Killed?.Figure.Count);
    }

    private static string Summary(PhaseView p) => $"{p.PhaseId}|{p.StartedOn}|{p.Status}|{p.EndReason}|{p.Since}|{p.History.Count}";
}

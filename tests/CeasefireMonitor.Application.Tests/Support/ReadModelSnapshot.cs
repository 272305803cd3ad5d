using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Tests.Support;

/// <summary>Every projection's checkpoint and documents as lines in key order, so two states of the read models compare as lists.</summary>
public static class ReadModelSnapshot
{
    public static async Task<List<string>> TakeAsync(IReadModelStore readModels)
    {
        var snapshot = new List<string>();
        foreach (var projection in ProjectionRunner.All)
        {
            snapshot.Add($"{projection.Name}@{await readModels.GetCheckpointAsync(projection.Name)}");
            snapshot.AddRange((await readModels.LoadAllAsync(projection.Name)).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Json}"));
        }
        return snapshot;
    }
}

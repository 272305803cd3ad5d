using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;

namespace CeasefireMonitor.Application.Storage;

/// <summary>The event store and the read-model store of one deployment, opened from a --store value.</summary>
public sealed class MonitorStore(IEventStore events, IReadModelStore readModels, string description) : IAsyncDisposable
{
    public const string DefaultPath = "data/ceasefire.db";

    public IEventStore Events { get; } = events;
    public IReadModelStore ReadModels { get; } = readModels;
    public string Description { get; } = description;

    /// <summary>Opens a SQLite file path (the embedded default); PostgreSQL URLs are refused until that adapter exists.</summary>
    public static async Task<MonitorStore> OpenAsync(string? location, CancellationToken ct = default)
    {
        var target = string.IsNullOrWhiteSpace(location) ? DefaultPath : location.Trim();
        if (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || target.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            throw new StoreLocationException(target, "the PostgreSQL store is not available in this build; use a SQLite file path");
        var path = target.StartsWith("sqlite://", StringComparison.OrdinalIgnoreCase) ? target["sqlite://".Length..] : target;
        if (Directory.Exists(path)) throw new StoreLocationException(target, "it is a directory, expected a database file path");
        var events = await SqliteEventStore.OpenAsync(path, ct);
        var models = await SqliteReadModelStore.OpenAsync(path, ct);
        return new MonitorStore(events, models, $"sqlite:{Path.GetFullPath(path)}");
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        if (ReadModels is IAsyncDisposable disposable) await disposable.DisposeAsync();
    }
}

public sealed class StoreLocationException(string location, string reason)
    : Exception($"Cannot open store '{location}': {reason}");

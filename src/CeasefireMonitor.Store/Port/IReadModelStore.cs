namespace CeasefireMonitor.Store.Port;

/// <summary>A read-model change: the document's new JSON, or null to delete it.</summary>
public sealed record DocumentChange(string Key, string? Json);

/// <summary>
/// Storage for projections: JSON documents per projection and the projection's checkpoint,
/// always written together in one transaction so an event is never applied twice.
/// </summary>
public interface IReadModelStore
{
    /// <summary>The log position the projection has applied up to, 0 when it has applied nothing.</summary>
    Task<long> GetCheckpointAsync(string projection, CancellationToken ct = default);

    Task<string?> LoadAsync(string projection, string key, CancellationToken ct = default);

    Task<IReadOnlyList<(string Key, string Json)>> LoadAllAsync(string projection, CancellationToken ct = default);

    /// <summary>Applies the changes and moves the checkpoint in one transaction; fails if the checkpoint is not where the caller expects.</summary>
    Task CommitAsync(string projection, IReadOnlyCollection<DocumentChange> changes, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default);

    /// <summary>
    /// Leaves the projection holding exactly these documents and sets the checkpoint, in one transaction (a rebuild's first
    /// commit: a crash leaves the old read model or the new one, never neither); a store may leave a stored document that
    /// already has the same text untouched. Fails if the checkpoint is not where the caller expects.
    /// </summary>
    Task ReplaceAsync(string projection, IReadOnlyCollection<DocumentChange> documents, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default);

    /// <summary>Deletes every document of the projection and its checkpoint.</summary>
    Task ResetAsync(string projection, CancellationToken ct = default);
}

/// <summary>
/// Changes that can also give each document as UTF-8 JSON, so a store that writes bytes never makes a string of a
/// large document. A change's bytes are valid only until the next change is read.
/// </summary>
public interface IUtf8DocumentChanges : IReadOnlyCollection<DocumentChange>
{
    /// <summary>The same changes, each key once, in an order of the implementation's choosing; null bytes delete the document.</summary>
    IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> ReadUtf8();
}

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// A read model folded from the global log. Projections run behind the append: the runner catches them up
/// after each ingestion, and stores each document with the projection's checkpoint in one transaction.
/// </summary>
public interface IProjection
{
    string Name { get; }

    Type DocumentType { get; }

    /// <summary>Whether events of this type can change a document; the runner deserialises no other events.</summary>
    bool Handles(Type eventType);

    /// <summary>The key of the document this event changes, or null when the projection ignores it.</summary>
    string? KeyOf(object e);

    object Apply(object? document, object e, LogPosition at);
}

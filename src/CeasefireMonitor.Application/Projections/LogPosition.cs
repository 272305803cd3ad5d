namespace CeasefireMonitor.Application.Projections;

/// <summary>Where an event sits in the global log and when the store recorded it: all a projection needs of the stored event besides the event.</summary>
public readonly record struct LogPosition(long Position, DateTimeOffset Created);

namespace CeasefireMonitor.Application.Serialization.Reading;

/// <summary>The JSON is not in the shape the monitor writes; the caller reads it with the general serializer instead.</summary>
internal sealed class JsonShapeException : Exception;

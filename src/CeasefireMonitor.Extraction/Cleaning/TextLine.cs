namespace CeasefireMonitor.Extraction.Cleaning;

internal enum LineKind { Body, Title, Heading, Junk }

/// <summary>One line of the original article; Start and Length index the original text.</summary>
internal readonly record struct TextLine(int Start, int Length, LineKind Kind);

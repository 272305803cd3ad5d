using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Domain.Events;

/// <summary>Where a reported event comes from: the article, the sentence and its character span in the article text.</summary>
public sealed record Evidence(string ArticleId, string Sentence, int Start, int Length);

/// <summary>A statement made by one party and, where the text says so, disputed by others.</summary>
public sealed record Claim(string Claimant, IReadOnlyList<string> DisputedBy)
{
    public bool IsDisputed => DisputedBy.Count > 0;
}

/// <summary>The two opposing sides of a conflict as canonical actor names, ordered so that A sorts before B.</summary>
public sealed record ConflictSides
{
    public string A { get; }
    public string B { get; }

    public ConflictSides(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) throw new ArgumentException($"A conflict needs two different sides, got '{a}' twice");
        (A, B) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    public string ConflictId => $"{Slug(A)}-{Slug(B)}";

    public string Name => $"{A}–{B}";

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-').Replace("--", "-", StringComparison.Ordinal);
}

/// <summary>What every reported event carries, whatever its type.</summary>
public sealed record EventReport(
    PartialDate OccurredOn,
    DateOnly PublishedOn,
    IReadOnlyList<string> Actors,
    ConflictSides Sides,
    string? Location,
    Claim? Claim,
    Evidence Evidence,
    string ExtractorVersion,
    bool IsBackground = false);

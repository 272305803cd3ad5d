using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Segmentation;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>A fact read from one sentence before its date is completed and its conflict decided.</summary>
internal sealed record FactDraft(
    EventType Type,
    Sentence Sentence,
    PartialDate? Date,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Sides,
    bool NamesBothSides,
    string? Location,
    string? Claimant,
    IReadOnlyList<string> DisputedBy,
    Casualties? Casualties)
{
    /// <summary>The sentence refers back to fighting already reported ("the attacks").</summary>
    public bool Anaphoric { get; init; }

    public bool DatedInSentence { get; init; }

    /// <summary>A running toll ("has killed", "have died so far"): it is dated when reported, not by the paragraph's earlier dates.</summary>
    public bool Cumulative { get; init; }

    /// <summary>A mediation read from where the talks took place: the host, unless the host is itself a party.</summary>
    public bool Hosting { get; init; }

    /// <summary>Told in the past tense before its trigger ("said", "had agreed"): undated, it happened on the article's news day, not at publication.</summary>
    public bool Past { get; init; }

    /// <summary>The party that reports the surrender of unnamed forces ("soldiers had surrendered"): the surrendering side is its opponent.</summary>
    public string? OpponentOf { get; init; }

    /// <summary>Fighting named only as what stopped ("ended years of fighting between X and Y"): it votes for the conflict, it is no event.</summary>
    public bool VoteOnly { get; init; }

    /// <summary>A truce named by its start ("took effect on Wednesday"), not by its agreement.</summary>
    public bool StartsTruce { get; init; }

    /// <summary>A mediation told as the brokering of a truce ("the deal was brokered by Qatar"): undated, it takes the truce's day.</summary>
    public bool BrokersDeal { get; init; }

    public bool IsStatus => Type is EventType.SurrenderDeclared or EventType.HostilitiesEnded or EventType.CeasefireAgreed;
}

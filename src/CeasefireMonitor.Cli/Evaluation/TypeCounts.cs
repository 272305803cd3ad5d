namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>Counts for one event type: extracted events that match some gold event, and gold events found.</summary>
public sealed record TypeCounts(int Extracted, int ExtractedCorrect, int Required, int RequiredFound, int Gold, int GoldFound)
{
    public static TypeCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public double Precision => Extracted == 0 ? 1 : (double)ExtractedCorrect / Extracted;

    public double Recall => Required == 0 ? 1 : (double)RequiredFound / Required;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Recall over every gold event, the optional (background) ones included.</summary>
    public double RecallAll => Gold == 0 ? 1 : (double)GoldFound / Gold;

    public TypeCounts Add(TypeCounts o) =>
        new(Extracted + o.Extracted, ExtractedCorrect + o.ExtractedCorrect, Required + o.Required, RequiredFound + o.RequiredFound, Gold + o.Gold, GoldFound + o.GoldFound);
}

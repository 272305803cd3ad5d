using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Serialization;

/// <summary>The one place that names stored event types; a class can be renamed without breaking the log.</summary>
public static class EventTypes
{
    private static readonly (string Name, Type Type)[] Registered =
    [
        ("V1.ArticleIngested", typeof(ArticleIngested)),
        ("V1.ArticleRejected", typeof(ArticleRejected)),
        ("V1.PhaseOpened", typeof(PhaseOpened)),
        ("V1.PhaseStartRevised", typeof(PhaseStartRevised)),
        ("V1.ClashReported", typeof(ClashReported)),
        ("V1.CasualtiesReported", typeof(CasualtiesReported)),
        ("V1.CeasefireCalled", typeof(CeasefireCalled)),
        ("V1.MediationOffered", typeof(MediationOffered)),
        ("V1.CeasefireAgreed", typeof(CeasefireAgreed)),
        ("V1.CeasefireViolated", typeof(CeasefireViolated)),
        ("V1.SurrenderDeclared", typeof(SurrenderDeclared)),
        ("V1.HostilitiesEnded", typeof(HostilitiesEnded)),
        ("V1.PhaseStatusChanged", typeof(PhaseStatusChanged)),
    ];

    private static readonly Dictionary<string, Type> ByName = Registered.ToDictionary(r => r.Name, r => r.Type);
    private static readonly Dictionary<Type, string> ByType = Registered.ToDictionary(r => r.Type, r => r.Name);

    /// <summary>Every registered stored name with its type.</summary>
    public static IReadOnlyList<(string Name, Type Type)> All => Registered;

    public static string NameOf(Type type) =>
        ByType.TryGetValue(type, out var name) ? name : throw new ArgumentException($"Event type {type.Name} is not registered", nameof(type));

    public static Type? TypeOf(string name) => ByName.GetValueOrDefault(name);
}
